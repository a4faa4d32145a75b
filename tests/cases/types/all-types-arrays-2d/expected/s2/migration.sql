CREATE TABLE "t" (
	"a" integer[][],
	"b" numeric(4,1)[][],
	"c" timestamp(2) with time zone[][],
	"d" varchar(8)[][],
	"e" uuid[][],
	"f" interval minute[]
);
