CREATE TABLE "people" (
	"first" text,
	"last" text,
	"full" text GENERATED ALWAYS AS ("people"."first" || ' ' || "people"."last") STORED,
	"upper" text GENERATED ALWAYS AS (upper("people"."first")) STORED
);
