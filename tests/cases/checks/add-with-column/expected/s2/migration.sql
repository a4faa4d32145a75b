ALTER TABLE "t" ADD COLUMN "qty" integer DEFAULT 1;--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_qty_positive" CHECK ("qty" > 0);