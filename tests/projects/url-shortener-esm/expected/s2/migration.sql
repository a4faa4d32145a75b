ALTER TABLE "clicks" ADD COLUMN "isBot" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "password" text;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "maxClicks" integer;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "utm" jsonb;