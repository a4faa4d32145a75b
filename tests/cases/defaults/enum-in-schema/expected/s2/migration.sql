CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TYPE "app"."mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
CREATE TABLE "t" (
	"a" "app"."mood" DEFAULT 'ok'::"app"."mood",
	"b" "app"."mood"[] DEFAULT '{ok}'::"app"."mood"[]
);
