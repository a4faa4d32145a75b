import { pgRole } from "drizzle-orm/pg-core";

export const a = pgRole("AppAdmin");
export const b = pgRole("read-only", { inherit: false });
