CREATE TYPE "mood" AS ENUM('x', 'y');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood"
);
