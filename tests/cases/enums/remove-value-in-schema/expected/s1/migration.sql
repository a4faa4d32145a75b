CREATE SCHEMA "app";
--> statement-breakpoint
CREATE SCHEMA "other";
--> statement-breakpoint
CREATE TYPE "app"."mood" AS ENUM('a', 'b', 'c');--> statement-breakpoint
CREATE TABLE "other"."t" (
	"m" "app"."mood"
);
