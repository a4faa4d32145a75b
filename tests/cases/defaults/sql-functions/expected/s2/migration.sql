CREATE TABLE "t" (
	"a" timestamp DEFAULT now(),
	"b" timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
	"c" uuid DEFAULT gen_random_uuid(),
	"d" text DEFAULT 'abc',
	"e" integer DEFAULT (1 + 2),
	"f" date DEFAULT CURRENT_DATE
);
