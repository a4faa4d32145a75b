import { pgRole } from "drizzle-orm/pg-core";

export const r = pgRole("reader", { createDb: true });
