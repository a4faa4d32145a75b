CREATE TABLE "items" (
	"id" integer,
	"qty" integer,
	"label" varchar(20)
);
