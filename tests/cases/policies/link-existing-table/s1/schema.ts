import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

const external = pgTable("external", { id: integer() });

export const extPolicy = pgPolicy("external_read", { for: "select", to: "public", using: sql`true` }).link(external);
