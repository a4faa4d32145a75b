CREATE TABLE "docs" (
	"id" integer PRIMARY KEY,
	"uid" uuid NOT NULL
);
