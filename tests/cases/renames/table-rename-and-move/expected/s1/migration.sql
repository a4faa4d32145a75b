CREATE SCHEMA "archive";
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" integer PRIMARY KEY
);
