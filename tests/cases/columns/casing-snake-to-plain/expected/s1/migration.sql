CREATE TABLE "things" (
	"item_count" integer
);
