ALTER TABLE "interfaces" ADD COLUMN "allowed_networks" cidr[];--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "timezone" text DEFAULT 'Etc/UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "interfaces" ALTER COLUMN "mac_address" SET DATA TYPE macaddr8 USING "mac_address"::macaddr8;