CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer,
	"m" "mood" DEFAULT 'ok'::"mood"
);
