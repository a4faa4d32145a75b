CREATE TABLE "secrets" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "secrets" ENABLE ROW LEVEL SECURITY;