ALTER TYPE "notification_kind" ADD VALUE 'follow_request' BEFORE 'like';--> statement-breakpoint
CREATE TABLE "mutes" (
	"muter_id" uuid,
	"muted_id" uuid,
	"until" timestamp with time zone,
	CONSTRAINT "mutes_pk" PRIMARY KEY("muter_id","muted_id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "read";--> statement-breakpoint
DROP INDEX "notifications_unread_idx";--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" ("recipient_id","created_at") WHERE "read_at" is null;--> statement-breakpoint
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_muter_id_profiles_id_fkey" FOREIGN KEY ("muter_id") REFERENCES "profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_muted_id_profiles_id_fkey" FOREIGN KEY ("muted_id") REFERENCES "profiles"("id") ON DELETE CASCADE;