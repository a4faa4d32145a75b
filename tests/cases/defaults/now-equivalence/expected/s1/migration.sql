CREATE TABLE "t" (
	"a" timestamp DEFAULT now()
);
