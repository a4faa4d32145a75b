DROP INDEX "posts_title_idx";--> statement-breakpoint
CREATE INDEX "posts_by_title" ON "posts" ("title");