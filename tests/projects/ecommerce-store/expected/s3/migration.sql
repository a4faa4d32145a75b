ALTER TABLE "shipping_labels" RENAME TO "shipments";--> statement-breakpoint
ALTER TABLE "shipments" RENAME COLUMN "tracking_no" TO "tracking_number";--> statement-breakpoint
ALTER TABLE "shipments" DROP COLUMN "label_url";