-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "custom";
--> statement-breakpoint
CREATE TABLE "custom"."kept" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "custom"."migrations_log" (
	"id" serial PRIMARY KEY,
	"hash" text
);
--> statement-breakpoint
CREATE TABLE "__drizzle_migrations" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY
);

*/