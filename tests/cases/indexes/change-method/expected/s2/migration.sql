DROP INDEX "pages_code";--> statement-breakpoint
CREATE INDEX "pages_code" ON "pages" USING hash ("code");--> statement-breakpoint
DROP INDEX "pages_tsv";--> statement-breakpoint
CREATE INDEX "pages_tsv" ON "pages" USING gist ("tsv");