CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"author_id" integer,
	"title" text
);
--> statement-breakpoint
CREATE INDEX "posts_author_id_index" ON "posts" ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "posts_title_uq" ON "posts" ("title");