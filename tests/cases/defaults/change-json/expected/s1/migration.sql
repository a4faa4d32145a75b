CREATE TABLE "t" (
	"a" jsonb DEFAULT '{"a":1,"b":2}',
	"b" jsonb DEFAULT '{"x":[1]}',
	"c" json DEFAULT '{}'
);
