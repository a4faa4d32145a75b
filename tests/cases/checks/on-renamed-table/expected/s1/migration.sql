CREATE TABLE "products" (
	"id" integer,
	"price" integer,
	CONSTRAINT "price_chk" CHECK ("price" > 0)
);
