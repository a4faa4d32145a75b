CREATE TABLE "x" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "y" (
	"name" text
);
