CREATE TABLE "t" (
	"a" uuid DEFAULT '11111111-2222-3333-4444-555555555555',
	"b" inet DEFAULT '127.0.0.1',
	"c" cidr DEFAULT '10.0.0.0/8',
	"d" macaddr DEFAULT '08:00:2b:01:02:03',
	"e" point DEFAULT '(1,2)',
	"f" point DEFAULT '(3,4)',
	"g" line DEFAULT '{1,2,3}',
	"h" vector(3) DEFAULT '[1,2,3]'
);
