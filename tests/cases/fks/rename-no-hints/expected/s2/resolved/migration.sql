ALTER TABLE "posts" DROP CONSTRAINT "posts_owner_fk";--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "fk_posts_owner" FOREIGN KEY ("owner") REFERENCES "users"("id") ON DELETE CASCADE;