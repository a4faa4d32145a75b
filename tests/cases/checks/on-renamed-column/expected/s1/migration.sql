CREATE TABLE "products" (
	"id" integer,
	"price" integer,
	CONSTRAINT "products_price_chk" CHECK ("price" > 0)
);
