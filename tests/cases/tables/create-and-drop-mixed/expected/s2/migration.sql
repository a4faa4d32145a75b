CREATE TABLE "c" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "d" (
	"id" integer
);
--> statement-breakpoint
DROP TABLE "a";