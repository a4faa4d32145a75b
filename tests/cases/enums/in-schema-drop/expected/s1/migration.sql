CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TYPE "app"."mood" AS ENUM('a', 'b');