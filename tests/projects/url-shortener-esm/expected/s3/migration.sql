CREATE TABLE "domains" (
	"id" bigserial PRIMARY KEY,
	"hostname" text NOT NULL UNIQUE,
	"ownerId" bigint NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"verifiedAt" timestamp
);
--> statement-breakpoint
ALTER TABLE "links" DROP CONSTRAINT "links_slug_key";--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "domainId" bigint;--> statement-breakpoint
ALTER TABLE "links" ALTER COLUMN "slug" SET DATA TYPE varchar(32) USING "slug"::varchar(32);--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_domain_slug_key" UNIQUE NULLS NOT DISTINCT("domainId","slug");--> statement-breakpoint
ALTER TABLE "domains" ADD CONSTRAINT "domains_ownerId_users_id_fkey" FOREIGN KEY ("ownerId") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_domainId_domains_id_fkey" FOREIGN KEY ("domainId") REFERENCES "domains"("id") ON DELETE SET NULL;