CREATE TABLE "a_table_name_that_is_exactly_forty_chars" (
	"first_long_column_name" text,
	"second_long_column_name" text
);
--> statement-breakpoint
CREATE INDEX "a_table_name_that_is_exactly_forty_chars_first_long_column_name_second_long_column_name_index" ON "a_table_name_that_is_exactly_forty_chars" ("first_long_column_name","second_long_column_name");