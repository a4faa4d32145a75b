CREATE TABLE "blobs" (
	"id" integer,
	"meta" jsonb
);
--> statement-breakpoint
CREATE INDEX "blobs_meta_index" ON "blobs" USING gin ("meta");