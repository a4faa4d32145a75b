CREATE TABLE "t" (
	"a" jsonb DEFAULT '{}',
	"b" json DEFAULT '[]'
);
