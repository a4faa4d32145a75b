CREATE TABLE "this_is_a_really_long_table_name_that_exceeds_postgres_identifier_limit" (
	"id" integer PRIMARY KEY,
	"v" text
);
