CREATE TABLE "users" (
	"id" integer,
	"c" numeric(10,2)
);
