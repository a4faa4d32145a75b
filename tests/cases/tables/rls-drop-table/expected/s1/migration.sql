CREATE TABLE "other" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "secrets" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "secrets" ENABLE ROW LEVEL SECURITY;