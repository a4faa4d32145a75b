CREATE TYPE "mood" AS ENUM('b', 'd');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
