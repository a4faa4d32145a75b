CREATE TABLE "t" (
	"a" varchar,
	"b" varchar(255),
	"c" varchar(10),
	"d" varchar(1)[]
);
