CREATE TABLE "pairs" (
	"a" integer,
	"b" integer,
	CONSTRAINT "pairs_pkey" PRIMARY KEY("a","b")
);
--> statement-breakpoint
CREATE TABLE "single" (
	"id" integer PRIMARY KEY
);
