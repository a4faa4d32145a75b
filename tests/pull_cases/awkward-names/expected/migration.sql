-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "My Schema";
--> statement-breakpoint
CREATE TYPE "My Schema"."Mood Type" AS ENUM('so-so', 'it''s fine', 'with space', 'UPPER');--> statement-breakpoint
CREATE TABLE "My Schema"."Table With Spaces" (
	"Key Column" integer PRIMARY KEY,
	"Mood" "My Schema"."Mood Type" DEFAULT 'it''s fine'::"My Schema"."Mood Type",
	"Moods" "My Schema"."Mood Type"[]
);
--> statement-breakpoint
CREATE TABLE "a_table_name_that_is_exactly_sixty_three_characters_long_abcdef" (
	"a_column_name_that_is_exactly_sixty_three_characters_long_abcde" integer,
	CONSTRAINT "a_table_name_that_is_exactly_sixty_three_characters_long_a_pkey" PRIMARY KEY("a_column_name_that_is_exactly_sixty_three_characters_long_abcde")
);
--> statement-breakpoint
CREATE TABLE "from" (
	"to" text,
	"where" integer,
	CONSTRAINT "from_where_check" CHECK (("where" > 0))
);
--> statement-breakpoint
CREATE TABLE "User" (
	"ID" serial PRIMARY KEY,
	"First Name" text NOT NULL,
	"e-mail" varchar(200) CONSTRAINT "User_e-mail_key" UNIQUE,
	"select" integer DEFAULT 1,
	"order" text,
	"naïve_ünïcode" text DEFAULT 'héllo',
	"with"quote" text
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" serial PRIMARY KEY,
	"User_ID" integer
);
--> statement-breakpoint
CREATE INDEX "Index On From" ON "from" ("to");--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_User_ID_fkey" FOREIGN KEY ("User_ID") REFERENCES "User"("ID");
*/