import { pgRole } from "drizzle-orm/pg-core";

export const r = pgRole("viewer", { createRole: true, inherit: false });
