CREATE TYPE "mood" AS ENUM('a', 'b');--> statement-breakpoint
CREATE TABLE "t" (
	"one" "mood"[],
	"two" "mood"[][]
);
