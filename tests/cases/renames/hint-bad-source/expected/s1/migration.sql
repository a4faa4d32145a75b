CREATE TABLE "t" (
	"id" integer,
	"old" integer
);
