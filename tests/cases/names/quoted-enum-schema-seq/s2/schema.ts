import { pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("Odd Schema");
export const e = s.enum("Odd Enum", ["A b", "c'd"]);
export const q = s.sequence("Odd Seq");
export const t = s.table("Odd Table", { "Odd Col": e().default("c'd") });
