CREATE TABLE "scores" (
	"a" integer,
	"b" integer,
	"c" integer,
	"d" integer,
	"e" timestamp
);
--> statement-breakpoint
CREATE INDEX "s_a_asc" ON "scores" ("a");--> statement-breakpoint
CREATE INDEX "s_b_desc" ON "scores" ("b" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "s_c_asc_nf" ON "scores" ("c" NULLS FIRST);--> statement-breakpoint
CREATE INDEX "s_d_desc_nl" ON "scores" ("d" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "s_e_nf" ON "scores" ("e" NULLS FIRST);--> statement-breakpoint
CREATE INDEX "s_e_desc_nf" ON "scores" ("e" DESC);--> statement-breakpoint
CREATE INDEX "s_mixed" ON "scores" ("a" DESC NULLS LAST,"b","c" NULLS FIRST);