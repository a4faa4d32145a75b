CREATE TABLE "tags" (
	"id" integer,
	"name" text
);
--> statement-breakpoint
CREATE INDEX "tags_name" ON "tags" ("name");