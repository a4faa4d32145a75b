import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable.withRLS("vault", { id: integer() });
