CREATE TABLE "users" (
	"id" integer,
	"c" uuid
);
