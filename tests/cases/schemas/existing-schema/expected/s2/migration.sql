CREATE TABLE "ext"."t" (
	"id" integer
);
