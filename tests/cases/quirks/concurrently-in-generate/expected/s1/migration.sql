CREATE TABLE "t" (
	"id" integer,
	"a" text,
	"b" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX CONCURRENTLY "t_a_conc" ON "t" ("a");--> statement-breakpoint
CREATE INDEX CONCURRENTLY "t_b_conc" ON "t" (lower("b")) WITH (fillfactor=80) WHERE "b" is not null;