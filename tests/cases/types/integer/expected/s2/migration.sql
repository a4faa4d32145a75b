CREATE TABLE "t" (
	"a" integer,
	"b" integer NOT NULL,
	"c" integer[],
	"named_int" integer
);
