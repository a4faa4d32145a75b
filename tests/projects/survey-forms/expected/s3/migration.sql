ALTER TABLE "forms" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "forms" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("forms"."title", '') || ' ' || coalesce("forms"."description", ''))) STORED;--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "rating_scale";--> statement-breakpoint
ALTER TABLE "workspaces" ALTER COLUMN "locale" SET DATA TYPE varchar(35) USING "locale"::varchar(35);--> statement-breakpoint
ALTER TABLE "workspaces" ALTER COLUMN "locale" SET DEFAULT 'en-US';--> statement-breakpoint
ALTER TABLE "responses" ALTER COLUMN "meta" SET DEFAULT '{"source":"web"}';--> statement-breakpoint
ALTER TABLE "responses" ALTER COLUMN "meta" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ALTER COLUMN "duration_ms" DROP EXPRESSION;--> statement-breakpoint
CREATE INDEX "forms_search_idx" ON "forms" USING gin ("search");