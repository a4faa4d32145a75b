CREATE TABLE "hidden"."t" (
	"id" integer
);
