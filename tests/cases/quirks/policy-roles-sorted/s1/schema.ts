import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const zed = pgRole("zed");
export const alpha = pgRole("alpha");
export const t = pgTable("t", { id: integer() }, () => [
  pgPolicy("t_p", { to: [zed, "session_user", alpha, "public", "current_user", "Mixed"], using: sql`true` }),
]);
