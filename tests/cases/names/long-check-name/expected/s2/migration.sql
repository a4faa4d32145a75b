CREATE TABLE "table_with_a_fifty_character_long_name_for_testing" (
	"n" integer,
	CONSTRAINT "table_with_a_fifty_character_long_name_for_testing_n_positive_check" CHECK (n > 0)
);
