-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "also_kept" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "keep_me" (
	"id" integer PRIMARY KEY
);

*/