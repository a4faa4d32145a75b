ALTER TABLE "posts" DROP CONSTRAINT "posts_owner_users_id_fkey";--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_owner_users_fk" FOREIGN KEY ("owner") REFERENCES "users"("id");