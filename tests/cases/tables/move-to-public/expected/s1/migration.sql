CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TABLE "app"."users" (
	"id" integer PRIMARY KEY
);
