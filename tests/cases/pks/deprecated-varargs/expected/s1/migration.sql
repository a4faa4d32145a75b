CREATE TABLE "pairs" (
	"left" integer,
	"right" integer,
	CONSTRAINT "pairs_pkey" PRIMARY KEY("left","right")
);
