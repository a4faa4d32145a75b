CREATE TABLE "numbers" (
	"1" integer DEFAULT 1,
	"2024" integer,
	"big" bigint DEFAULT 5,
	"ratio" real DEFAULT 1.5,
	"price" numeric(6, 2) DEFAULT '1.50',
	"tiny" smallint DEFAULT -3,
	"quote" text DEFAULT 'it''s',
	"list" text[] DEFAULT '{"a","b"}',
	"doc" json DEFAULT '[1,2]'::json,
	"flag" boolean DEFAULT false,
	"code" char(3) DEFAULT 'abc',
	"wait" interval DEFAULT '1 day',
	"at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);
--> statement-breakpoint
CREATE INDEX "numbers_hash_idx" ON "numbers" USING hash ("quote");--> statement-breakpoint
CREATE INDEX "numbers_partial_idx" ON "numbers" USING btree ("big","ratio" DESC NULLS LAST) WHERE "numbers"."flag";--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."numbers_mv" USING "heap" TABLESPACE pg_default AS (select "big" from "numbers") WITH NO DATA;--> statement-breakpoint
CREATE POLICY "linked_policy" ON "public"."hidden" AS PERMISSIVE FOR INSERT TO public WITH CHECK (true);