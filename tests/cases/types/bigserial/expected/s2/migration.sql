CREATE TABLE "t" (
	"id" bigserial PRIMARY KEY,
	"b" bigserial
);
