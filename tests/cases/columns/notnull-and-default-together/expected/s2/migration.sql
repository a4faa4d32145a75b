ALTER TABLE "users" ALTER COLUMN "v" SET DEFAULT 'x';--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "v" SET NOT NULL;