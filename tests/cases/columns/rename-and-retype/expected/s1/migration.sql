CREATE TABLE "users" (
	"id" integer,
	"cnt" integer
);
