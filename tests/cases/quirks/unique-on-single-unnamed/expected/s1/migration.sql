CREATE TABLE "t" (
	"id" integer,
	"code" text UNIQUE
);
--> statement-breakpoint
CREATE TABLE "u" (
	"id" integer,
	"code" text
);
