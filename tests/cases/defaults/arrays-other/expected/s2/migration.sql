CREATE TABLE "t" (
	"a" uuid[] DEFAULT '{00000000-0000-0000-0000-000000000000}'::uuid[],
	"b" date[] DEFAULT '{2024-01-01}'::date[],
	"c" timestamp[] DEFAULT '{"2024-01-01 10:00:00"}'::timestamp[],
	"d" jsonb[] DEFAULT '{"{\"a\":1}"}'::jsonb[],
	"e" text[] DEFAULT '{}'::text[],
	"f" text[] DEFAULT ARRAY['x']::text[]
);
