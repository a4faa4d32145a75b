CREATE TABLE "fresh" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
DROP TABLE "old";--> statement-breakpoint
DROP INDEX "users_name_idx";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "fresh_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "legacy";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_name_email_unique" UNIQUE("name","email");--> statement-breakpoint
CREATE INDEX "users_email_idx" ON "users" ("email");--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_fresh_id_fresh_id_fkey" FOREIGN KEY ("fresh_id") REFERENCES "fresh"("id");--> statement-breakpoint
ALTER TABLE "posts" DROP CONSTRAINT "posts_author_id_users_id_fkey", ADD CONSTRAINT "posts_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_name_len", ADD CONSTRAINT "users_name_len" CHECK (length("name") > 2);--> statement-breakpoint
ALTER POLICY "posts_read" ON "posts" TO public USING (false);