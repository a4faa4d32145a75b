CREATE TABLE "app"."users" (
	"id" integer
);
--> statement-breakpoint
DROP TABLE "users";