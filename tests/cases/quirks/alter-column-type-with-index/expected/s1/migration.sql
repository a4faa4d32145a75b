CREATE TABLE "t" (
	"a" integer UNIQUE,
	CONSTRAINT "t_a_chk" CHECK ("a" > 0)
);
--> statement-breakpoint
CREATE INDEX "t_a_idx" ON "t" ("a");