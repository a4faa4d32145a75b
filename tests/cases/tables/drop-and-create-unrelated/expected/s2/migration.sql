CREATE TABLE "fresh" (
	"id" integer,
	"at" date
);
--> statement-breakpoint
DROP TABLE "oldies";