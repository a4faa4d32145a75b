-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "bookings" (
	"id" serial PRIMARY KEY,
	"room" integer NOT NULL,
	"during" tsrange NOT NULL
);
--> statement-breakpoint
CREATE TABLE "docs" (
	"id" serial PRIMARY KEY,
	"title" text NOT NULL,
	"slug" varchar(200) NOT NULL,
	"body" text,
	"tags" text[],
	"data" jsonb,
	"score" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"author_id" integer,
	"location" point,
	"during" tsrange
);
--> statement-breakpoint
CREATE INDEX "bookings_no_overlap" ON "bookings" USING gist ("room","during");--> statement-breakpoint
CREATE INDEX "Docs Quoted Index" ON "docs" ("title");--> statement-breakpoint
CREATE INDEX "docs_brin_idx" ON "docs" USING brin ("created_at") WITH (pages_per_range=32);--> statement-breakpoint
CREATE INDEX "docs_desc_idx" ON "docs" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "docs_expr_with_comma_idx" ON "docs" (COALESCE(body, 'a,b'::text),(data ->> 'k'::text));--> statement-breakpoint
CREATE INDEX "docs_gin_idx" ON "docs" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "docs_gin_jsonb_idx" ON "docs" USING gin ("data" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "docs_gist_idx" ON "docs" USING gist ("location");--> statement-breakpoint
CREATE INDEX "docs_hash_idx" ON "docs" USING hash ("slug");--> statement-breakpoint
CREATE INDEX "docs_include_idx" ON "docs" ("author_id");--> statement-breakpoint
CREATE INDEX "docs_lower_title_idx" ON "docs" (lower(title));--> statement-breakpoint
CREATE INDEX "docs_multi_expr_idx" ON "docs" (lower(title),(score + 1),"author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "docs_nnd_idx" ON "docs" ("title","author_id");--> statement-breakpoint
CREATE INDEX "docs_nulls_idx" ON "docs" ("score" NULLS FIRST,"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "docs_opclass_desc_idx" ON "docs" ("title" text_pattern_ops DESC);--> statement-breakpoint
CREATE INDEX "docs_opclass_idx" ON "docs" ("slug" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "docs_partial_idx" ON "docs" ("author_id") WHERE ((body IS NOT NULL) AND (score > 10));--> statement-breakpoint
CREATE UNIQUE INDEX "docs_slug_uidx" ON "docs" ("slug");--> statement-breakpoint
CREATE INDEX "docs_title_idx" ON "docs" ("title");--> statement-breakpoint
CREATE UNIQUE INDEX "docs_unique_partial_idx" ON "docs" ("author_id","slug") WHERE (author_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "docs_with_idx" ON "docs" ("score") WITH (fillfactor=70);
*/