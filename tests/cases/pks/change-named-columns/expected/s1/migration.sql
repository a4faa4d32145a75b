CREATE TABLE "grid" (
	"x" integer,
	"y" integer,
	"z" integer NOT NULL,
	CONSTRAINT "grid_pk" PRIMARY KEY("x","y")
);
