CREATE TABLE "docs" (
	"id" integer
);
