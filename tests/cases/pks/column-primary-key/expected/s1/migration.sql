CREATE TABLE "a" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "b" (
	"code" text PRIMARY KEY,
	"label" text
);
--> statement-breakpoint
CREATE TABLE "c" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"n" integer NOT NULL
);
