import { pgRole } from "drizzle-orm/pg-core";

export const admin = pgRole("admin", { createDb: true });
export const ops = pgRole("ops", { createDb: false, createRole: true });
