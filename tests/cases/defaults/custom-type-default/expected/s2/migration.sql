CREATE TABLE "t" (
	"a" citext DEFAULT Hello,
	"b" citext[] DEFAULT a::citext[]
);
