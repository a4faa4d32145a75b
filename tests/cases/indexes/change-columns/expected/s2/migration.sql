DROP INDEX "posts_lookup";--> statement-breakpoint
CREATE INDEX "posts_lookup" ON "posts" ("title","slug");