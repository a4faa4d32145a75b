CREATE TABLE "articles" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
DROP TABLE "posts";