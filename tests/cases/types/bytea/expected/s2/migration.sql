CREATE TABLE "t" (
	"a" bytea,
	"b" bytea NOT NULL
);
