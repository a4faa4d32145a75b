CREATE TABLE "tags" (
	"name" text
);
