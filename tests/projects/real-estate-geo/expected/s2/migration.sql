ALTER TABLE "saved_searches" ADD COLUMN "center" geometry(point,4326);--> statement-breakpoint
ALTER TABLE "saved_searches" ALTER COLUMN "radius_meters" SET DEFAULT 5000;--> statement-breakpoint
CREATE INDEX "saved_searches_center_gist" ON "saved_searches" USING gist ("center");