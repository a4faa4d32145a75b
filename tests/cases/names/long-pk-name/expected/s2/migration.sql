CREATE TABLE "this_table_name_is_sixty_characters_long_and_needs_a_primary" (
	"id" integer PRIMARY KEY
);
