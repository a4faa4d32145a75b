CREATE SCHEMA "priv";
--> statement-breakpoint
CREATE TABLE "priv"."keys" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "priv"."keys" ENABLE ROW LEVEL SECURITY;