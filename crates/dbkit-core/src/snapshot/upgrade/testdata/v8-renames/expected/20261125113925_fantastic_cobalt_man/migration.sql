CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('sad', 'ok');--> statement-breakpoint
CREATE TABLE "audit"."log" (
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "audit"."log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" text,
	CONSTRAINT "at_len" CHECK (length("at") > 0)
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY,
	"author_id" integer,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"post_id" integer,
	"tag" text,
	CONSTRAINT "tags_pkey" PRIMARY KEY("post_id","tag"),
	CONSTRAINT "tags_tag_post_id_unique" UNIQUE("tag","post_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL,
	"email" text UNIQUE,
	"mood" "mood" DEFAULT 'ok'::"mood"
);
--> statement-breakpoint
CREATE INDEX "posts_title_index" ON "posts" ("title");--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id");