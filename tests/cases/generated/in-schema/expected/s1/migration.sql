CREATE SCHEMA "calc";
--> statement-breakpoint
CREATE TABLE "calc"."nums" (
	"x" numeric(8,2),
	"y" numeric(8,2) GENERATED ALWAYS AS (x * 1.2) STORED
);
