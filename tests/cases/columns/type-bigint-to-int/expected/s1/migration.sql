CREATE TABLE "users" (
	"id" integer,
	"c" bigint
);
