CREATE TABLE "userProfiles" (
	"user_id" integer,
	"first_name" text,
	"created_at" timestamp
);
