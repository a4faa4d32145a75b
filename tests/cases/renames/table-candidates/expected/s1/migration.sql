CREATE TABLE "a" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "b" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "c" (
	"id" integer
);
