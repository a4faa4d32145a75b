CREATE TABLE "posts" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
