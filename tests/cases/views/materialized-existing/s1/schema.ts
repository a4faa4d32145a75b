import { integer, pgMaterializedView } from "drizzle-orm/pg-core";

export const ext = pgMaterializedView("external_mv", { id: integer() }).existing();
