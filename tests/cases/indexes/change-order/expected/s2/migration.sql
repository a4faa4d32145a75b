DROP INDEX "rank_score";--> statement-breakpoint
CREATE INDEX "rank_score" ON "rank" ("score" DESC NULLS LAST);--> statement-breakpoint
DROP INDEX "rank_name";--> statement-breakpoint
CREATE INDEX "rank_name" ON "rank" ("name" text_pattern_ops);