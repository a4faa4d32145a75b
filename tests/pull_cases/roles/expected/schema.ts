import { pgTable, integer, primaryKey, pgRole, pgPolicy } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const pullAdmin = pgRole("pull_admin", { createDb: true, createRole: true });
export const pullLogin = pgRole("pull_login", { inherit: false });


export const t = pgTable.withRLS("t", {
	id: integer().primaryKey(),
}, (table) => [

	pgPolicy("t_admin", { to: [pullAdmin], using: sql`true` }),
]);
