CREATE TABLE "users" (
	"id" integer,
	"email" text UNIQUE,
	"org" integer,
	"handle" text,
	CONSTRAINT "users_org_handle" UNIQUE NULLS NOT DISTINCT("org","handle")
);
