CREATE SCHEMA "s_old";
--> statement-breakpoint
CREATE TABLE "s_old"."a" (
	"id" integer
);
