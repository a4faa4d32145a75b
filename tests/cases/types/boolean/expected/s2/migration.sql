CREATE TABLE "t" (
	"a" boolean,
	"b" boolean NOT NULL,
	"c" boolean[]
);
