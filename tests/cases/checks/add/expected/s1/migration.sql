CREATE TABLE "products" (
	"id" integer,
	"price" integer
);
