CREATE TYPE "mood" AS ENUM('a', 'b', 'c');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood",
	"ms" "mood"[] DEFAULT '{a}'::"mood"[]
);
