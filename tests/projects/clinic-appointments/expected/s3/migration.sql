ALTER TABLE "clinic"."appointments" ADD COLUMN "telehealth" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic"."appointments" ADD COLUMN "video_link" text;--> statement-breakpoint
ALTER TABLE "specialties" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic"."appointments" ALTER COLUMN "duration_min" SET DEFAULT 15;--> statement-breakpoint
ALTER TABLE "clinic"."appointments" ADD CONSTRAINT "appointments_video_link" CHECK (not "telehealth" or "video_link" is not null);