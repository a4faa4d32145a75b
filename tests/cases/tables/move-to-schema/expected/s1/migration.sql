CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY,
	"name" text
);
