CREATE TABLE "posts" (
	"id" integer,
	"title" text
);
--> statement-breakpoint
CREATE INDEX "posts_title_idx" ON "posts" ("title");