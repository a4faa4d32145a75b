-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE SCHEMA "Other";
--> statement-breakpoint
CREATE TYPE "status" AS ENUM('pending', 'active', 'inactive', 'banned', 'deleted');--> statement-breakpoint
CREATE TYPE "catalog"."status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "Other"."Level" AS ENUM('Low', 'Mid', 'High');--> statement-breakpoint
CREATE TYPE "odd_values" AS ENUM('', ' leading', 'comma,inside', 'quote"inside', 'apos''inside', 'ünï');--> statement-breakpoint
CREATE TABLE "catalog"."entries" (
	"id" serial PRIMARY KEY,
	"state" "catalog"."status" DEFAULT 'published'::"catalog"."status" NOT NULL,
	"public_state" "status"
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY,
	"status" "status" DEFAULT 'pending'::"status" NOT NULL,
	"catalog_status" "catalog"."status" DEFAULT 'draft'::"catalog"."status",
	"level" "Other"."Level",
	"levels" "Other"."Level"[] DEFAULT '{Low}'::"Other"."Level"[],
	"odd" "odd_values" DEFAULT 'comma,inside'::"odd_values"
);

*/