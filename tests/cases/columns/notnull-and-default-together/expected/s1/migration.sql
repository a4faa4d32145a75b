CREATE TABLE "users" (
	"id" integer,
	"v" varchar(10)
);
