CREATE TABLE "t" (
	"a" text DEFAULT 'it''s',
	"b" text DEFAULT 'back\\slash',
	"c" text DEFAULT 'say "hi"',
	"d" text DEFAULT 'line1
line2',
	"e" text DEFAULT 'tab	here',
	"f" text DEFAULT '',
	"g" varchar(20) DEFAULT '''''double''''',
	"h" char(3) DEFAULT 'abc'
);
