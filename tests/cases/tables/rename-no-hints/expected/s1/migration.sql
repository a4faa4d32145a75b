CREATE TABLE "posts" (
	"id" integer PRIMARY KEY
);
