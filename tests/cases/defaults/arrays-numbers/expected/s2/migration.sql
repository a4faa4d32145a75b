CREATE TABLE "t" (
	"a" integer[] DEFAULT '{1,2,3}'::integer[],
	"b" integer[] DEFAULT '{}'::integer[],
	"c" bigint[] DEFAULT '{-1,0,1}'::bigint[],
	"d" numeric(5,2)[] DEFAULT '{1.10,2.20}'::numeric(5,2)[],
	"e" boolean[] DEFAULT '{t,f}'::boolean[],
	"f" real[] DEFAULT '{1.5,-2.25}'::real[]
);
