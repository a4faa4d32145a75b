CREATE TABLE "t" (
	"a" json,
	"b" jsonb,
	"c" jsonb[],
	"d" json NOT NULL
);
