CREATE TABLE "oldies" (
	"id" integer
);
