CREATE TABLE "t" (
	"a" uuid,
	"b" uuid NOT NULL,
	"c" uuid[]
);
