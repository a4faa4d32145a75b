CREATE SCHEMA "hr";
--> statement-breakpoint
CREATE TABLE "hr"."staff" (
	"id" integer,
	"age" integer,
	"salary" integer,
	CONSTRAINT "staff_age" CHECK ("age" >= 18),
	CONSTRAINT "staff_salary" CHECK ("salary" > 0)
);
