import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "./schema/forums";
import * as relations from "./relations";

export const db = drizzle(process.env.DATABASE_URL!, { schema: { ...schema, ...relations }, casing: "snake_case" });
