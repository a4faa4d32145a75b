CREATE TABLE "t" (
	"a" date DEFAULT '2024-01-01',
	"b" timestamp DEFAULT '2024-01-01 00:00:00'
);
