CREATE TABLE "users" (
	"id" integer,
	"c" varchar(50)
);
