-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "reports";
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY,
	"author_id" integer,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL,
	"email" text,
	"active" boolean DEFAULT true,
	"tags" text[]
);
--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id");--> statement-breakpoint
CREATE VIEW "active_users" AS (SELECT users.id, users.name, users.email FROM users WHERE users.active);--> statement-breakpoint
CREATE VIEW "barrier_off" WITH (security_barrier = false) AS (SELECT users.id FROM users);--> statement-breakpoint
CREATE VIEW "cascaded_users" WITH (check_option = cascaded, security_barrier = true) AS (SELECT users.id, users.name FROM users);--> statement-breakpoint
CREATE VIEW "checked_users" WITH (check_option = local) AS (SELECT users.id, users.name, users.email, users.active, users.tags FROM users WHERE users.active);--> statement-breakpoint
CREATE VIEW "invoker_users" WITH (security_invoker = true) AS (SELECT users.id FROM users);--> statement-breakpoint
CREATE VIEW "nums" AS (WITH RECURSIVE nums(n) AS ( VALUES (1) UNION ALL SELECT nums_1.n + 1 FROM nums nums_1 WHERE nums_1.n < 5 ) SELECT nums.n FROM nums);--> statement-breakpoint
CREATE VIEW "Quoted View" AS (SELECT 1 AS one, 'two'::text AS "Two", ARRAY[1, 2] AS nums, NULL::numeric(10,2) AS amount, now()::timestamp(3) without time zone AS ts);--> statement-breakpoint
CREATE VIEW "user_posts" AS (SELECT u.id AS user_id, u.name, count(p.id) AS post_count, max(p.created_at) AS last_post FROM users u LEFT JOIN posts p ON p.author_id = u.id GROUP BY u.id, u.name);--> statement-breakpoint
CREATE VIEW "reports"."top_authors" AS (SELECT user_posts.user_id, user_posts.post_count FROM user_posts ORDER BY user_posts.post_count DESC LIMIT 10);
*/