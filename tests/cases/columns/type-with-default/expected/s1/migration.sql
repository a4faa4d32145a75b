CREATE TABLE "users" (
	"id" integer,
	"c" integer DEFAULT 1
);
