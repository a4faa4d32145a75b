CREATE TABLE "t1" (
	"a" integer
);
--> statement-breakpoint
CREATE INDEX "this_is_an_extremely_long_index_name_that_exceeds_the_postgres_limit_of_63" ON "t1" ("a");