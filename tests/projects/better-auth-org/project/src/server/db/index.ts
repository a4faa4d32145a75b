import { drizzle } from "drizzle-orm/node-postgres";
import * as app from "./app";
import * as core from "./auth/core";
import * as org from "./auth/organization";
import * as plugins from "./auth/plugins";

export const db = drizzle(process.env.DATABASE_URL!, { schema: { ...core, ...org, ...plugins, ...app } });
