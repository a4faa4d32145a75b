import { pgRole } from "drizzle-orm/pg-core";

export const admin = pgRole("admin", { createDb: true, createRole: true, inherit: false });
export const ops = pgRole("ops");
