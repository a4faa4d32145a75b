ALTER TABLE "space_members" ADD PRIMARY KEY ("space_id","email");--> statement-breakpoint
DROP INDEX "pages_path_gist_idx";--> statement-breakpoint
CREATE INDEX "pages_path_gist_idx" ON "pages" USING gist ("path") WITH (fillfactor=90);--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_path_depth" CHECK (nlevel("path") <= 10);