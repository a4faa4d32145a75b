import { pgRole } from "drizzle-orm/pg-core";

export const c = pgRole("role_c");
