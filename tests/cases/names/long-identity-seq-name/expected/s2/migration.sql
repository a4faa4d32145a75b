CREATE TABLE "table_with_a_fifty_character_long_name_for_testing" (
	"identity_column_with_long_name" integer GENERATED ALWAYS AS IDENTITY (sequence name "table_with_a_fifty_character_long_name_for_testing_identity_column_with_long_name_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1)
);
