CREATE SCHEMA "one";
--> statement-breakpoint
CREATE SCHEMA "shared";
--> statement-breakpoint
CREATE TYPE "shared"."currency" AS ENUM('usd', 'eur');--> statement-breakpoint
CREATE TABLE "costs" (
	"id" integer,
	"cur" "shared"."currency"[] DEFAULT '{eur}'::"shared"."currency"[]
);
--> statement-breakpoint
CREATE TABLE "one"."prices" (
	"id" integer,
	"cur" "shared"."currency" DEFAULT 'usd'::"shared"."currency"
);
