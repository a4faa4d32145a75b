CREATE TABLE "pages" (
	"id" integer,
	"code" text,
	"tsv" jsonb
);
--> statement-breakpoint
CREATE INDEX "pages_code" ON "pages" ("code");--> statement-breakpoint
CREATE INDEX "pages_tsv" ON "pages" USING gin ("tsv");