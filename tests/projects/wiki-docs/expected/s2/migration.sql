ALTER TABLE "revisions" ADD COLUMN "compressed" bytea;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "summary" varchar(200);--> statement-breakpoint
ALTER TABLE "revisions" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_page_version_key" UNIQUE("page_id","version");--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_has_content" CHECK ("body" is not null or "compressed" is not null);