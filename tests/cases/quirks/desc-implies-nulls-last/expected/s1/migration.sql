CREATE TABLE "t" (
	"a" integer,
	"b" integer
);
--> statement-breakpoint
CREATE INDEX "t_a_desc" ON "t" ("a" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "t_b_desc_nf" ON "t" ("b" DESC);--> statement-breakpoint
CREATE INDEX "t_a_b_index" ON "t" ("a" DESC NULLS LAST,"b");