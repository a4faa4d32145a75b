CREATE TABLE "t" (
	"a" bytea DEFAULT hi
);
