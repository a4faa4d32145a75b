CREATE TYPE "mood" AS ENUM('draft', 'live');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
