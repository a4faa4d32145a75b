ALTER TABLE "listings" ADD COLUMN "price_per_sqm" numeric(14,2) GENERATED ALWAYS AS (round(price / nullif(area_sqm, 0), 2)) STORED;--> statement-breakpoint
ALTER TABLE "listings" ALTER COLUMN "area_sqm" SET DATA TYPE numeric(8,2) USING "area_sqm"::numeric(8,2);--> statement-breakpoint
CREATE INDEX "listings_postal_idx" ON "listings" ("postal_code") WHERE "postal_code" is not null;