CREATE TABLE "t" (
	"a" text DEFAULT 'a',
	"b" text DEFAULT 'it''s'
);
