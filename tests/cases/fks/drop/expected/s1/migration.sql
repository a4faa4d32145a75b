CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"author_id" integer,
	"reviewer_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_reviewer_fk" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id");