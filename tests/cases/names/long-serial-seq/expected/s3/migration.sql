ALTER TABLE "table_with_a_fifty_character_long_name_for_testing" ALTER COLUMN "serial_column_with_long_name" DROP DEFAULT;--> statement-breakpoint
DROP SEQUENCE "table_with_a_fifty_character_long_name_for_testing_serial_column_with_long_name_seq";--> statement-breakpoint
ALTER TABLE "table_with_a_fifty_character_long_name_for_testing" ALTER COLUMN "serial_column_with_long_name" SET DATA TYPE integer USING "serial_column_with_long_name"::integer;--> statement-breakpoint
ALTER TABLE "table_with_a_fifty_character_long_name_for_testing" ALTER COLUMN "serial_column_with_long_name" DROP NOT NULL;