CREATE TABLE "t" (
	"a" boolean DEFAULT true
);
