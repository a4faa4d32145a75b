CREATE TABLE "t" (
	"a" integer DEFAULT 0,
	"b" integer DEFAULT -5,
	"c" smallint DEFAULT -32768,
	"d" bigint DEFAULT 9007199254740991,
	"e" bigint DEFAULT 9223372036854775807,
	"f" bigint DEFAULT -42,
	"g" numeric(10,2) DEFAULT '12.50',
	"h" numeric DEFAULT '3.14',
	"i" numeric DEFAULT '123456789012345678901234567890',
	"j" real DEFAULT 1.5,
	"k" double precision DEFAULT -0.001,
	"l" double precision DEFAULT 1e+21
);
