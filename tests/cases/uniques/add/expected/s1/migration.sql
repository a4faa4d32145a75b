CREATE TABLE "users" (
	"id" integer,
	"email" text,
	"org" integer,
	"handle" text
);
