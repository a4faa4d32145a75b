CREATE TYPE "mood" AS ENUM('sad', 'ok', 'happy');--> statement-breakpoint
CREATE TABLE "t" (
	"a" "mood" DEFAULT 'ok'::"mood",
	"b" "mood" DEFAULT 'happy'::"mood" NOT NULL,
	"c" "mood"[] DEFAULT '{sad,ok}'::"mood"[],
	"d" "mood"[] DEFAULT '{}'::"mood"[]
);
