CREATE SCHEMA "one";
--> statement-breakpoint
CREATE SCHEMA "two";
--> statement-breakpoint
CREATE TYPE "one"."mood" AS ENUM('x', 'y');--> statement-breakpoint
CREATE TABLE "two"."t" (
	"id" integer,
	"m" "one"."mood" NOT NULL
);
