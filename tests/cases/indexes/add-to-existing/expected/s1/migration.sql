CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"author_id" integer,
	"title" text
);
