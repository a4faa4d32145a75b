CREATE TABLE "t" (
	"id" serial PRIMARY KEY,
	"b" serial,
	"c" serial
);
