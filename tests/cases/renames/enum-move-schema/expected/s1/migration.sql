CREATE SCHEMA "types";
--> statement-breakpoint
CREATE TYPE "status" AS ENUM('on', 'off');--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer,
	"s" "status"
);
