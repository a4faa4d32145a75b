CREATE TABLE "t" (
	"a" jsonb DEFAULT '[]',
	"b" jsonb DEFAULT '[1,"two",{"three":3}]',
	"c" json DEFAULT '["a","b"]',
	"d" jsonb DEFAULT '"plain string"',
	"e" jsonb DEFAULT '42',
	"f" jsonb DEFAULT 'true'
);
