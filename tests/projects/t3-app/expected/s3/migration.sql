ALTER TABLE "t3gallery_image" ADD COLUMN "postId" integer;--> statement-breakpoint
ALTER TABLE "t3gallery_post" ADD COLUMN "published" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "t3gallery_post" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "published_created_idx" ON "t3gallery_post" ("createdAt") WHERE "published" = true;--> statement-breakpoint
ALTER TABLE "t3gallery_image" ADD CONSTRAINT "t3gallery_image_postId_t3gallery_post_id_fkey" FOREIGN KEY ("postId") REFERENCES "t3gallery_post"("id") ON DELETE SET NULL;