CREATE TABLE "vault" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "vault" ENABLE ROW LEVEL SECURITY;