CREATE TABLE "t" (
	"id" smallserial PRIMARY KEY,
	"b" smallserial
);
