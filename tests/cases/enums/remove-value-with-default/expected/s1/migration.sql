CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy', 'meh');--> statement-breakpoint
CREATE TABLE "t" (
	"m" "mood" DEFAULT 'ok'::"mood" NOT NULL
);
