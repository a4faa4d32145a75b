import { integer, pgSchema } from "drizzle-orm/pg-core";

export const app = pgSchema("app");
export const members = app.table("members", { id: integer() });
