ALTER TABLE "posts" RENAME TO "articles";--> statement-breakpoint
ALTER TABLE "tags" RENAME TO "labels";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
ALTER TABLE "articles" DROP CONSTRAINT "posts_user_id_title_unique";--> statement-breakpoint
ALTER TABLE "articles" DROP CONSTRAINT "posts_user_id_users_id_fk";
--> statement-breakpoint
DROP INDEX "posts_title_index";--> statement-breakpoint
ALTER TABLE "labels" DROP CONSTRAINT "tags_post_id_tag_pk";--> statement-breakpoint
ALTER TABLE "labels" ADD CONSTRAINT "labels_post_id_tag_pk" PRIMARY KEY("post_id","tag");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_title_index" ON "articles" USING btree ("title");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_user_id_title_unique" UNIQUE("user_id","title");