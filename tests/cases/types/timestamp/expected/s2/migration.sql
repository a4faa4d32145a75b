CREATE TABLE "t" (
	"a" timestamp,
	"b" timestamp(3),
	"c" timestamp with time zone,
	"d" timestamp(0) with time zone,
	"e" timestamp,
	"f" timestamp with time zone[]
);
