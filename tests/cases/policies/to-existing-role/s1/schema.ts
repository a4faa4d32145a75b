import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const authenticated = pgRole("authenticated").existing();

export const profiles = pgTable("profiles", { id: integer() }, () => [
  pgPolicy("profiles_auth", { to: authenticated, using: sql`true`, withCheck: sql`true` }),
]);
