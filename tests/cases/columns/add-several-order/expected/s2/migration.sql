ALTER TABLE "users" ADD COLUMN "zeta" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "alpha" boolean;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mid" date;