import { integer, pgSchema } from "drizzle-orm/pg-core";

export const a = pgSchema("MySchema");
export const b = pgSchema("my schema");
export const t = b.table("T", { id: integer() });
