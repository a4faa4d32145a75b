ALTER TABLE "t" ADD COLUMN "code" text NOT NULL;--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "other" text;--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_id_other_unique" UNIQUE("id","other");--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_code_key" UNIQUE("code");