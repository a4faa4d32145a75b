CREATE TABLE "My Table" (
	"My Col" text
);
