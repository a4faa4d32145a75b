CREATE TABLE "users" (
	"a" integer[]
);
