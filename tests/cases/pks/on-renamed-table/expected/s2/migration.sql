ALTER TABLE "pairs" RENAME TO "couples";--> statement-breakpoint
ALTER TABLE "single" RENAME TO "lone";