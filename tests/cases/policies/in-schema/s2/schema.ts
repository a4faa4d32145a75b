import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgSchema } from "drizzle-orm/pg-core";

export const priv = pgSchema("priv");
export const secrets = priv.table("secrets", { id: integer(), owner: integer() }, (t) => [
  pgPolicy("secrets_owner", { using: sql`${t.owner} = 2` }),
]);
