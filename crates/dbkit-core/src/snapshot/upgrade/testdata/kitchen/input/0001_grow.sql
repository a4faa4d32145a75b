CREATE SCHEMA "billing";
--> statement-breakpoint
ALTER TYPE "public"."mood" ADD VALUE 'meh' BEFORE 'ok';--> statement-breakpoint
ALTER TYPE "public"."mood" ADD VALUE 'ecstatic';--> statement-breakpoint
ALTER SEQUENCE "public"."counter" INCREMENT BY 3 MINVALUE 1 MAXVALUE 10000 START WITH 100 CACHE 5 CYCLE;--> statement-breakpoint
CREATE ROLE "reader";--> statement-breakpoint
CREATE TABLE "comments" (
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "comments_seq_custom" INCREMENT BY 5 MINVALUE 1 MAXVALUE 1000000 START WITH 1 CACHE 10 CYCLE),
	"post_id" bigint NOT NULL,
	"post_slug" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "text_len" CHECK (length("comments"."text") < 1000)
);
--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" text PRIMARY KEY NOT NULL,
	"amounts" numeric(8, 2)[],
	"grid" integer[][],
	"due" timestamp DEFAULT '2024-01-01 00:00:00',
	"at" time(2),
	"span" interval day,
	"flags" boolean[] DEFAULT '{true,false}'
);
--> statement-breakpoint
DROP VIEW "public"."active_users";--> statement-breakpoint
DROP INDEX "audit"."posts_rating_idx";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "score" SET DATA TYPE numeric(12, 4);--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "score" SET DEFAULT '0';--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "age" SET DEFAULT 21;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" varchar(32);--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_post_slug_posts_id_slug_fk" FOREIGN KEY ("post_id","post_slug") REFERENCES "audit"."posts"("id","slug") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX CONCURRENTLY "posts_slug_idx" ON "audit"."posts" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "users_phone_idx" ON "users" USING btree ("phone" varchar_pattern_ops);--> statement-breakpoint
ALTER TABLE "memberships" DROP COLUMN "role";--> statement-breakpoint
CREATE VIEW "public"."active_users" WITH (check_option = cascaded, security_barrier = true) AS (select "id", "name", "email" from "users" where "users"."active" = true);--> statement-breakpoint
CREATE POLICY "users_write" ON "users" AS RESTRICTIVE FOR UPDATE TO current_user WITH CHECK (true);--> statement-breakpoint
ALTER POLICY "users_read" ON "users" TO admin,reader USING ("users"."active");