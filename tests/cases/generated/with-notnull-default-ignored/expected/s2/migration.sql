CREATE TABLE "t" (
	"a" text,
	"l" integer GENERATED ALWAYS AS (length(a)) STORED NOT NULL
);
