CREATE SCHEMA "circulation";
--> statement-breakpoint
ALTER TYPE "loan_status" SET SCHEMA "circulation";--> statement-breakpoint
CREATE TABLE "legacy_patrons" (
	"old_id" integer PRIMARY KEY,
	"raw_record" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loans" SET SCHEMA "circulation";
--> statement-breakpoint
ALTER TABLE "branches" ADD COLUMN "phone" varchar(20);