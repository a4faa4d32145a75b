CREATE TABLE "l1" (
	"a" integer,
	"b" integer
);
--> statement-breakpoint
CREATE TABLE "l2" (
	"a" integer NOT NULL,
	"b" integer NOT NULL
);
