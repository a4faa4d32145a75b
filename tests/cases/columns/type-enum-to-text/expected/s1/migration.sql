CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer,
	"m" "mood"
);
