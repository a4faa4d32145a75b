CREATE TABLE "t" (
	"a" timestamp DEFAULT '2020-01-01 00:00:00.000',
	"b" integer DEFAULT 1
);
