CREATE TABLE "big" (
	"id" integer,
	"a" text
);
--> statement-breakpoint
CREATE INDEX "big_a_idx" ON "big" ("a");