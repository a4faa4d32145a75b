-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"name" text
);
--> statement-breakpoint
CREATE VIEW "plain" AS (SELECT users.id, users.name FROM users WHERE users.name <> ''::text);--> statement-breakpoint
CREATE VIEW "with_semicolon_text" AS (SELECT users.id, 'ab'::text AS txt FROM users;);--> statement-breakpoint
CREATE VIEW "with_spaces_text" AS (SELECT users.id, 'two spaces'::text AS "two spaces", 'new line'::text AS nl FROM users);
*/