CREATE TABLE "users" (
	"a" integer[],
	"b" text[][],
	"c" boolean[][][],
	"d" varchar(3)[] NOT NULL
);
