import { pgRole } from "drizzle-orm/pg-core";

export const admin = pgRole("admin");
export const ops = pgRole("ops", { createDb: true, createRole: true, inherit: false });
