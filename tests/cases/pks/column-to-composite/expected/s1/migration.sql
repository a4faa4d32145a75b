CREATE TABLE "seats" (
	"row" integer PRIMARY KEY,
	"num" integer NOT NULL
);
