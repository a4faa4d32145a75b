CREATE TYPE "colors" AS ENUM('red', 'green', 'blue');--> statement-breakpoint
CREATE TABLE "t" (
	"c" "colors" DEFAULT 'green'::"colors"
);
