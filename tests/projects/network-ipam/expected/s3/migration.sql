ALTER TABLE "ip_addresses" ADD COLUMN "nat_outside" inet;--> statement-breakpoint
ALTER TABLE "ip_addresses" ADD COLUMN "assigned_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
DROP INDEX "prefixes_prefix_gist_idx";--> statement-breakpoint
CREATE INDEX "prefixes_prefix_gist_idx" ON "prefixes" USING gist ("prefix" inet_ops) WHERE "status" <> 'deprecated';