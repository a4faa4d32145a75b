CREATE SCHEMA "MySchema";
--> statement-breakpoint
CREATE SCHEMA "my schema";
--> statement-breakpoint
CREATE TABLE "my schema"."T" (
	"id" integer
);
