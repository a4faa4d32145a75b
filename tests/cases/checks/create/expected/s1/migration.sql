CREATE TABLE "products" (
	"id" integer,
	"price" integer NOT NULL,
	"name" text,
	CONSTRAINT "products_price_positive" CHECK ("price" > 0)
);
