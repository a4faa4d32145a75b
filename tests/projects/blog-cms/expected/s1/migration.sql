CREATE TYPE "post_status" AS ENUM('draft', 'scheduled', 'published', 'archived');--> statement-breakpoint
CREATE TABLE "authors" (
	"id" serial PRIMARY KEY,
	"name" varchar(120) NOT NULL,
	"slug" varchar(120) NOT NULL UNIQUE,
	"bio" text,
	"avatar_url" text,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL,
	"deleted_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" serial PRIMARY KEY,
	"post_id" integer NOT NULL,
	"parent_id" integer,
	"author_name" varchar(80) NOT NULL,
	"author_email" varchar(255),
	"body" text NOT NULL,
	"approved" boolean DEFAULT false NOT NULL,
	"depth" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL,
	"deleted_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "posts_to_tags" (
	"post_id" integer,
	"tag_id" integer,
	CONSTRAINT "posts_to_tags_pkey" PRIMARY KEY("post_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY,
	"author_id" integer NOT NULL,
	"title" varchar(255) NOT NULL,
	"slug" varchar(255) NOT NULL,
	"excerpt" text,
	"body" text NOT NULL,
	"cover_image" text,
	"status" "post_status" DEFAULT 'draft'::"post_status" NOT NULL,
	"published_at" timestamp,
	"reading_minutes" integer,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL,
	"deleted_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" serial PRIMARY KEY,
	"name" varchar(60) NOT NULL UNIQUE,
	"slug" varchar(60) NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE INDEX "comments_post_idx" ON "comments" ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_pending_idx" ON "comments" ("created_at") WHERE not "approved";--> statement-breakpoint
CREATE INDEX "posts_to_tags_tag_idx" ON "posts_to_tags" ("tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "posts_slug_uidx" ON "posts" ("slug");--> statement-breakpoint
CREATE INDEX "posts_author_idx" ON "posts" ("author_id");--> statement-breakpoint
CREATE INDEX "posts_published_idx" ON "posts" ("published_at" DESC NULLS LAST) WHERE "status" = 'published';--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts_to_tags" ADD CONSTRAINT "posts_to_tags_post_id_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts_to_tags" ADD CONSTRAINT "posts_to_tags_tag_id_tags_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_authors_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors"("id");--> statement-breakpoint
CREATE VIEW "published_posts" AS (select "id", "title", "slug", "author_id", "published_at" from "posts" where "posts"."status" = 'published');