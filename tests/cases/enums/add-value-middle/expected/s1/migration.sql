CREATE TYPE "mood" AS ENUM('a', 'c');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
