CREATE TABLE "t" (
	"a" integer,
	"b" integer,
	"sum" integer GENERATED ALWAYS AS (a + b) STORED,
	"label" text GENERATED ALWAYS AS ('n=' || a::text) STORED,
	"flag" boolean GENERATED ALWAYS AS (a > 0) STORED NOT NULL
);
