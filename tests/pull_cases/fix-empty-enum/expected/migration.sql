-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TYPE "one_value" AS ENUM('only');--> statement-breakpoint
CREATE TABLE "t" (
	"id" integer PRIMARY KEY,
	"e" empty_enum,
	"o" "one_value"
);

*/