CREATE TABLE "users" (
	"a" integer,
	"b" integer
);
