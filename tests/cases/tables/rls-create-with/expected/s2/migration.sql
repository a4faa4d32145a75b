CREATE TABLE "secrets" (
	"id" integer PRIMARY KEY,
	"value" text
);
--> statement-breakpoint
ALTER TABLE "secrets" ENABLE ROW LEVEL SECURITY;