CREATE TABLE "gone" (
	"id" integer,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "keep" (
	"id" integer
);
--> statement-breakpoint
CREATE INDEX "gone_name" ON "gone" ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "gone_id_index" ON "gone" ("id");