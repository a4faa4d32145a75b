CREATE TABLE "grid" (
	"x" integer,
	"y" integer,
	"z" integer NOT NULL,
	CONSTRAINT "grid_pkey" PRIMARY KEY("x","y")
);
