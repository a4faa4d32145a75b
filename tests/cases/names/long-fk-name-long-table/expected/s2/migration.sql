CREATE TABLE "table_with_a_fifty_character_long_name_for_testing" (
	"pid" integer
);
--> statement-breakpoint
CREATE TABLE "p" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "table_with_a_fifty_character_long_name_for_testing" ADD CONSTRAINT "UGGmP3AOt4Mn_fkey" FOREIGN KEY ("pid") REFERENCES "p"("id");