CREATE TABLE "t" (
	"this_column_name_is_definitely_longer_than_sixty_three_characters_ok" text
);
