CREATE TYPE "prefix_status" AS ENUM('container', 'active', 'reserved', 'deprecated');--> statement-breakpoint
CREATE TABLE "devices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "devices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"hostname" varchar(253) NOT NULL UNIQUE,
	"rack_id" integer,
	"rack_position" smallint,
	"serial" text,
	"management_ip" inet
);
--> statement-breakpoint
CREATE TABLE "interfaces" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interfaces_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"device_id" integer NOT NULL,
	"name" varchar(64) NOT NULL,
	"mac_address" macaddr,
	"mtu" integer DEFAULT 1500,
	"primary_ip_id" integer
);
--> statement-breakpoint
CREATE TABLE "ip_addresses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ip_addresses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"address" inet NOT NULL,
	"prefix_id" integer,
	"dns_name" text,
	"is_gateway" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prefixes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "prefixes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"prefix" cidr NOT NULL,
	"status" "prefix_status" DEFAULT 'active'::"prefix_status" NOT NULL,
	"vlan_id" integer,
	"is_pool" boolean DEFAULT false NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "vlans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vlans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"site_id" integer,
	"vid" smallint NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "vlans_site_vid_key" UNIQUE("site_id","vid")
);
--> statement-breakpoint
CREATE TABLE "racks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "racks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"site_id" integer NOT NULL,
	"name" varchar(50) NOT NULL,
	"units" integer DEFAULT 42 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sites_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" varchar(50) NOT NULL UNIQUE,
	"name" text NOT NULL,
	"location" point,
	"address" text
);
--> statement-breakpoint
CREATE INDEX "interfaces_mac_idx" ON "interfaces" ("mac_address");--> statement-breakpoint
CREATE INDEX "ip_addresses_address_idx" ON "ip_addresses" ("address");--> statement-breakpoint
CREATE INDEX "ip_addresses_family_idx" ON "ip_addresses" (family("address"));--> statement-breakpoint
CREATE INDEX "prefixes_prefix_gist_idx" ON "prefixes" USING gist ("prefix" inet_ops);--> statement-breakpoint
CREATE INDEX "prefixes_vlan_idx" ON "prefixes" ("vlan_id");--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_rack_id_racks_id_fkey" FOREIGN KEY ("rack_id") REFERENCES "racks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "interfaces" ADD CONSTRAINT "interfaces_device_id_devices_id_fkey" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interfaces" ADD CONSTRAINT "interfaces_primary_ip_id_ip_addresses_id_fkey" FOREIGN KEY ("primary_ip_id") REFERENCES "ip_addresses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ip_addresses" ADD CONSTRAINT "ip_addresses_prefix_id_prefixes_id_fkey" FOREIGN KEY ("prefix_id") REFERENCES "prefixes"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "prefixes" ADD CONSTRAINT "prefixes_vlan_id_vlans_id_fkey" FOREIGN KEY ("vlan_id") REFERENCES "vlans"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vlans" ADD CONSTRAINT "vlans_site_id_sites_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id");--> statement-breakpoint
ALTER TABLE "racks" ADD CONSTRAINT "racks_site_id_sites_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE;