CREATE TABLE "rank" (
	"score" integer,
	"name" text
);
--> statement-breakpoint
CREATE INDEX "rank_score" ON "rank" ("score");--> statement-breakpoint
CREATE INDEX "rank_name" ON "rank" ("name");