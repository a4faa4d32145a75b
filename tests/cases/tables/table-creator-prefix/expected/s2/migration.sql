CREATE TABLE "app_posts" (
	"id" integer PRIMARY KEY,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "app_users" (
	"id" integer PRIMARY KEY
);
