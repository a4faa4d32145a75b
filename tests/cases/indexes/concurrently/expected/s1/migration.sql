CREATE TABLE "big" (
	"id" integer,
	"a" text,
	"b" text
);
--> statement-breakpoint
CREATE INDEX CONCURRENTLY "big_a_conc" ON "big" ("a");