CREATE TABLE "t" (
	"my"col" integer,
	"Mixed Case" text,
	"dotted.name" text,
	"ünïcødé" text,
	"UPPER" text,
	"1starts_with_digit" text,
	"emoji🚀" text
);
