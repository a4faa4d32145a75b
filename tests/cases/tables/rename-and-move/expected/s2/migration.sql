ALTER TABLE "users" RENAME TO "members";--> statement-breakpoint
ALTER TABLE "members" SET SCHEMA "app";
