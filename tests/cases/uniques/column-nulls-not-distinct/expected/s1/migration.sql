CREATE TABLE "users" (
	"id" integer,
	"a" text CONSTRAINT "users_a_nnd" UNIQUE NULLS NOT DISTINCT,
	"b" text CONSTRAINT "users_b_d" UNIQUE,
	"c" text UNIQUE NULLS NOT DISTINCT
);
