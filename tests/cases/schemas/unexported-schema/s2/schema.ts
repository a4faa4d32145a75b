import { integer, pgSchema } from "drizzle-orm/pg-core";

const s = pgSchema("hidden");
export const t = s.table("t", { id: integer() });
