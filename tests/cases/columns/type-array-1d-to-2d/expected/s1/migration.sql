CREATE TABLE "users" (
	"id" integer,
	"c" integer[]
);
