import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const notes = pgTable("notes", { id: integer(), owner: integer() }, (t) => [
  pgPolicy("p_all", { for: "all", using: sql`${t.owner} = 1`, withCheck: sql`${t.owner} = 1` }),
  pgPolicy("p_select", { for: "select", using: sql`true` }),
  pgPolicy("p_insert", { for: "insert", withCheck: sql`${t.owner} > 0` }),
  pgPolicy("p_update", { for: "update", using: sql`${t.owner} = 1`, withCheck: sql`${t.owner} = 1` }),
  pgPolicy("p_delete", { for: "delete", using: sql`${t.owner} = 1` }),
]);
