CREATE TABLE "orders" (
	"id" integer PRIMARY KEY,
	"warehouse_id" integer
);
