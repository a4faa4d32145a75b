CREATE TABLE "t" (
	"id" integer,
	"alpha" integer
);
