CREATE TABLE "people" (
	"id" integer PRIMARY KEY,
	"fname" text
);
