CREATE TABLE "new_one" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "old_t" RENAME TO "new_two";