CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TYPE "app"."mood" AS ENUM('a');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "app"."mood"
);
