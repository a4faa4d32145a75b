ALTER TABLE "check_ins" RENAME COLUMN "habitId" TO "habit_id";--> statement-breakpoint
ALTER TABLE "check_ins" RENAME COLUMN "checkedOn" TO "checked_on";--> statement-breakpoint
ALTER TABLE "habits" RENAME COLUMN "userId" TO "user_id";--> statement-breakpoint
ALTER TABLE "habits" RENAME COLUMN "targetPerWeek" TO "target_per_week";--> statement-breakpoint
ALTER TABLE "habits" RENAME COLUMN "isArchived" TO "is_archived";--> statement-breakpoint
ALTER TABLE "habits" RENAME COLUMN "createdAt" TO "created_at";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "emailAddress" TO "email_address";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "displayName" TO "display_name";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "timeZone" TO "time_zone";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "createdAt" TO "created_at";