CREATE TABLE "users" (
	"id" integer,
	"c" smallint
);
