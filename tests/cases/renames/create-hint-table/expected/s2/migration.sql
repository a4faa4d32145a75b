CREATE TABLE "published" (
	"id" integer,
	"body" text
);
--> statement-breakpoint
DROP TABLE "drafts";