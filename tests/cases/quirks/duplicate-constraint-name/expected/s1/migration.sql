CREATE TABLE "t" (
	"a" integer CONSTRAINT "t_rule" UNIQUE,
	CONSTRAINT "t_rule" CHECK ("a" > 0)
);
