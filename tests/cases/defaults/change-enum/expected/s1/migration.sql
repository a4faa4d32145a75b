CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
CREATE TABLE "t" (
	"a" "mood" DEFAULT 'ok'::"mood",
	"b" "mood"[] DEFAULT '{ok}'::"mood"[]
);
