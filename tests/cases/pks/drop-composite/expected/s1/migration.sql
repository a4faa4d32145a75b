CREATE TABLE "links" (
	"a" integer,
	"b" integer,
	CONSTRAINT "links_pkey" PRIMARY KEY("a","b")
);
