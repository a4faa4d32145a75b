CREATE TABLE "t" (
	"a" boolean DEFAULT true,
	"b" boolean DEFAULT false,
	"c" boolean DEFAULT true NOT NULL
);
