CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer
);
