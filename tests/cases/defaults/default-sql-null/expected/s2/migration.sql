CREATE TABLE "t" (
	"b" integer DEFAULT NULL,
	"c" text DEFAULT null
);
