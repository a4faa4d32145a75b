CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TYPE "app"."level" AS ENUM('low', 'high');--> statement-breakpoint
CREATE TYPE "status" AS ENUM('draft', 'live');--> statement-breakpoint
CREATE TABLE "app"."docs" (
	"id" integer PRIMARY KEY,
	"status" "status" DEFAULT 'draft'::"status" NOT NULL,
	"level" "app"."level"[]
);
