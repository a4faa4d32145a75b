CREATE TABLE "users" (
	"id" integer,
	"c" text DEFAULT '1'
);
