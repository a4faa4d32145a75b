ALTER TABLE "products" RENAME COLUMN "price" TO "cost";--> statement-breakpoint
ALTER TABLE "products" DROP CONSTRAINT "products_price_chk", ADD CONSTRAINT "products_price_chk" CHECK ("cost" > 0);