CREATE TABLE "child_tbl" (
	"reference_to_parent_identifier" integer
);
--> statement-breakpoint
CREATE TABLE "parent_table_with_a_long_name" (
	"identifier_of_parent" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "child_tbl" ADD CONSTRAINT "child_tbl_4nQFILWe09iT_fkey" FOREIGN KEY ("reference_to_parent_identifier") REFERENCES "parent_table_with_a_long_name"("identifier_of_parent");