ALTER TABLE "z_tbl" ADD COLUMN "x" text;--> statement-breakpoint
ALTER TABLE "a_tbl" ADD COLUMN "x" text;--> statement-breakpoint
ALTER TABLE "m_tbl" ADD COLUMN "x" text;