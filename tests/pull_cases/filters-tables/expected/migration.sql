-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('ok');--> statement-breakpoint
CREATE SEQUENCE "public"."internal_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "audit"."users" (
	"id" integer,
	"at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "internal_jobs" (
	"id" serial PRIMARY KEY,
	"payload" jsonb
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY,
	"author_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"name" text
);
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id");--> statement-breakpoint
CREATE VIEW "internal_view" AS (SELECT internal_jobs.id FROM internal_jobs);--> statement-breakpoint
CREATE VIEW "user_names" AS (SELECT users.name FROM users);--> statement-breakpoint
CREATE POLICY "users_all" ON "users" AS PERMISSIVE FOR ALL TO public USING (true);
*/