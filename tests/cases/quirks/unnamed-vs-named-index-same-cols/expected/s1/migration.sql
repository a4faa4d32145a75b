CREATE TABLE "t" (
	"a" integer
);
--> statement-breakpoint
CREATE INDEX "t_a_index" ON "t" ("a");