CREATE TABLE "t" (
	"a" integer,
	"b" text DEFAULT 'x',
	"c" integer NOT NULL,
	CONSTRAINT "t_pkey" PRIMARY KEY("a","b")
);
