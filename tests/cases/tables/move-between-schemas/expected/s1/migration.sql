CREATE SCHEMA "one";
--> statement-breakpoint
CREATE SCHEMA "two";
--> statement-breakpoint
CREATE TABLE "one"."things" (
	"id" integer
);
