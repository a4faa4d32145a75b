CREATE TABLE "a_table_name_that_is_exactly_forty_chars" (
	"some_rather_long_column" text UNIQUE,
	"x" integer,
	"y" integer,
	CONSTRAINT "a_table_name_that_is_exactly_forty_chars_x_y_unique" UNIQUE("x","y")
);
