CREATE TABLE "items" (
	"id" integer PRIMARY KEY NOT NULL,
	"label" text
);
--> statement-breakpoint
CREATE TABLE "pairs" (
	"a" integer NOT NULL,
	"b" integer NOT NULL,
	CONSTRAINT "pairs_a_b_pk" PRIMARY KEY("a","b")
);
