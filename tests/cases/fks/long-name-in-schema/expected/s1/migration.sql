CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE SCHEMA "core";
--> statement-breakpoint
CREATE TABLE "core"."security_principals" (
	"principal_identifier" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "audit"."access_trail" (
	"id" integer PRIMARY KEY,
	"acting_principal_identifier" integer
);
--> statement-breakpoint
ALTER TABLE "audit"."access_trail" ADD CONSTRAINT "access_trail_4Bq12X9xPUst_fkey" FOREIGN KEY ("acting_principal_identifier") REFERENCES "core"."security_principals"("principal_identifier") ON DELETE CASCADE;