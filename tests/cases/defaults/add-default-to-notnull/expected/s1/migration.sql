CREATE TABLE "t" (
	"a" text NOT NULL
);
