CREATE TABLE "table_with_a_fifty_character_long_name_for_testing" (
	"aaaaaaaaaa" integer,
	"bbbbbbbbbb" integer,
	CONSTRAINT "table_with_a_fifty_character_long_name_for_testing_pkey" PRIMARY KEY("aaaaaaaaaa","bbbbbbbbbb")
);
