CREATE TABLE "old_t" (
	"id" integer
);
