ALTER TABLE "products" DROP CONSTRAINT "price_chk";--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_price_check" CHECK ("price" > 0);