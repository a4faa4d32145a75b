CREATE TABLE "posts" (
	"id" integer,
	"title" text
);
--> statement-breakpoint
CREATE INDEX "posts_title_index" ON "posts" ("title");--> statement-breakpoint
CREATE INDEX "posts_id_idx" ON "posts" ("id");