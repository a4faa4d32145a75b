CREATE TABLE "users" (
	"id" integer,
	"c" timestamp(6)
);
