CREATE TABLE "a" (
	"id" integer,
	"created" timestamp
);
--> statement-breakpoint
CREATE TABLE "b" (
	"id" integer,
	"created" timestamp
);
