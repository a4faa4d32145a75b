CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"author_id" integer,
	"reviewer_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
