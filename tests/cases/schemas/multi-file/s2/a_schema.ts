import { pgSchema } from "drizzle-orm/pg-core";

export const crm = pgSchema("crm");
