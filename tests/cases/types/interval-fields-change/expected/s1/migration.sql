CREATE TABLE "t" (
	"a" interval
);
