CREATE TABLE "t" (
	"a" citext
);
