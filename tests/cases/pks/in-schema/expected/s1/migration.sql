CREATE SCHEMA "inv";
--> statement-breakpoint
CREATE TABLE "inv"."bins" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "inv"."stock" (
	"bin" integer,
	"sku" integer,
	CONSTRAINT "stock_pkey" PRIMARY KEY("bin","sku")
);
