CREATE TYPE "mood" AS ENUM('a', 'b', 'c');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
