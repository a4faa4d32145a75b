CREATE TABLE "t" (
	"a" integer,
	"g" integer
);
