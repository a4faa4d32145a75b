import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const t1 = pgTable("t1", {
  a: integer(),
}, (t) => [index("this_is_an_extremely_long_index_name_that_exceeds_the_postgres_limit_of_63").on(t.a)]);
