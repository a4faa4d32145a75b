CREATE SCHEMA "shop";
--> statement-breakpoint
CREATE TABLE "shop"."lines" (
	"id" integer PRIMARY KEY,
	"product_id" integer
);
--> statement-breakpoint
CREATE TABLE "shop"."products" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "shop"."lines" ADD CONSTRAINT "lines_product_id_products_id_fkey" FOREIGN KEY ("product_id") REFERENCES "shop"."products"("id");