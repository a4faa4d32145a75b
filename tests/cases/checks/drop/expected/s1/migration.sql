CREATE TABLE "products" (
	"id" integer,
	"price" integer,
	CONSTRAINT "products_price_nonneg" CHECK ("price" >= 0)
);
