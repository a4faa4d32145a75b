CREATE TABLE "first_name" (
	"id" integer
);
