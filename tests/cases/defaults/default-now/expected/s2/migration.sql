CREATE TABLE "t" (
	"a" timestamp DEFAULT now(),
	"b" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"c" date DEFAULT now(),
	"d" time DEFAULT now()
);
