DROP INDEX "t_b_desc_nf";--> statement-breakpoint
CREATE INDEX "t_b_desc_nf" ON "t" ("b" DESC NULLS LAST);