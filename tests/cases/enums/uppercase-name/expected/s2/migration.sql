CREATE TYPE "MoodType" AS ENUM('Happy', 'SAD');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "MoodType" DEFAULT 'Happy'::"MoodType"
);
