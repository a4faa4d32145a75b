CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "audit"."log" (
	"id" bigint,
	"at" timestamp
);
