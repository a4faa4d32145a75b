CREATE TABLE "users" (
	"user_id" integer,
	"nick_name" text
);
