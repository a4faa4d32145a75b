CREATE TABLE "t" (
	"has"quote" text
);
