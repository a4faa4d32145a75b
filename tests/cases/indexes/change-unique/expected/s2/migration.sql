DROP INDEX "tags_name";--> statement-breakpoint
CREATE UNIQUE INDEX "tags_name" ON "tags" ("name");