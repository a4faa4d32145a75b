CREATE TABLE "users" (
	"id" integer,
	"c" char(2)
);
