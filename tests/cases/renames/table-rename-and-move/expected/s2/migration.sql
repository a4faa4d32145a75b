ALTER TABLE "orders" RENAME TO "old_orders";--> statement-breakpoint
ALTER TABLE "old_orders" SET SCHEMA "archive";
