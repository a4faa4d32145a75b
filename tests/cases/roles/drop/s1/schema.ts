import { pgRole } from "drizzle-orm/pg-core";

export const a = pgRole("role_a");
export const b = pgRole("role_b", { createDb: true });
export const c = pgRole("role_c");
