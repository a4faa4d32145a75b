CREATE TABLE "t" (
	"a" numeric(6,2),
	"b" bigint,
	"c" timestamp,
	"d" point
);
