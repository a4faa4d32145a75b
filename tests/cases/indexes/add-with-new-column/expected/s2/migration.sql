ALTER TABLE "orders" ADD COLUMN "ref" text;--> statement-breakpoint
CREATE INDEX "orders_ref_index" ON "orders" ("ref");--> statement-breakpoint
CREATE INDEX "orders_ref_lower" ON "orders" (lower("ref")) WHERE "ref" is not null;