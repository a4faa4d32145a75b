CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
CREATE TABLE "users" (
	"m" text DEFAULT 'ok'
);
