CREATE TABLE "t" (
	"data" jsonb,
	"kind" text GENERATED ALWAYS AS (data->>'kind') STORED,
	"tsv" text GENERATED ALWAYS AS (coalesce(data->>'title', '')) STORED
);
