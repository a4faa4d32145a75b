CREATE TABLE "users" (
	"id" integer,
	"c" real
);
