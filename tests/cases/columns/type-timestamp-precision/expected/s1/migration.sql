CREATE TABLE "users" (
	"id" integer,
	"c" timestamp
);
