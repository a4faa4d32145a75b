CREATE TABLE "a_table_name_that_is_exactly_forty_chars_child" (
	"parent_reference_id" integer
);
--> statement-breakpoint
CREATE TABLE "a_table_name_that_is_exactly_forty_chars_parent" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "a_table_name_that_is_exactly_forty_chars_child" ADD CONSTRAINT "uFVPoZmLzo06_fkey" FOREIGN KEY ("parent_reference_id") REFERENCES "a_table_name_that_is_exactly_forty_chars_parent"("id");