CREATE TABLE "t" (
	"a" smallint,
	"b" smallint DEFAULT 3 NOT NULL,
	"c" smallint[]
);
