CREATE TABLE "posts" (
	"id" integer,
	"title" text,
	"slug" text
);
--> statement-breakpoint
CREATE INDEX "posts_lookup" ON "posts" ("title");