CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"body" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
