CREATE TABLE "settings" (
	"id" integer,
	"kind" text,
	CONSTRAINT "settings_kind" CHECK (kind in ('a', 'b''s', 'c')),
	CONSTRAINT "settings_id" CHECK ("id"::bigint < 1000000)
);
