import { pgRole } from "drizzle-orm/pg-core";

export const plain = pgRole("plain");
export const creator = pgRole("creator", { createDb: true });
export const manager = pgRole("manager", { createRole: true });
export const noinherit = pgRole("noinherit", { inherit: false });
export const inheritTrue = pgRole("inherit_true", { inherit: true });
export const all = pgRole("all_opts", { createDb: true, createRole: true, inherit: false });
export const allFalse = pgRole("all_false", { createDb: false, createRole: false });
