CREATE TABLE "t" (
	"a" citext,
	"b" money NOT NULL,
	"c" tsvector,
	"d" varchar(12),
	"e" citext[],
	"f" Weird Type
);
