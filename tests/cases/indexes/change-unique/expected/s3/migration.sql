DROP INDEX "tags_name";--> statement-breakpoint
CREATE INDEX "tags_name" ON "tags" ("name");