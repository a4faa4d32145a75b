CREATE TYPE "mood" AS ENUM('b', 'c');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
