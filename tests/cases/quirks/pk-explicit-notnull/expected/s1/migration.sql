CREATE TABLE "a" (
	"id" integer PRIMARY KEY,
	"n" text
);
--> statement-breakpoint
CREATE TABLE "b" (
	"id" integer PRIMARY KEY,
	"n" text
);
