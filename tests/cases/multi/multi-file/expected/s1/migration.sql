CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"author_id" integer,
	"body" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY,
	"name" text
);
--> statement-breakpoint
CREATE INDEX "posts_author_id_index" ON "posts" ("author_id");--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id");--> statement-breakpoint
CREATE VIEW "all_posts" AS (select "id", "author_id", "body" from "posts");