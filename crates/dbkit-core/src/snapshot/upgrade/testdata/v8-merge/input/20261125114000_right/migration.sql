ALTER TYPE "kind" ADD VALUE 'c';--> statement-breakpoint
CREATE TABLE "comments" (
	"id" serial PRIMARY KEY,
	"body" text
);
--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "title" text DEFAULT 'untitled';