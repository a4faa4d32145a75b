CREATE TABLE "user_profiles" (
	"userId" integer,
	"firstName" text,
	"Keep_Me" text
);
