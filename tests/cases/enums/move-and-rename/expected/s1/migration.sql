CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('a', 'b');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
