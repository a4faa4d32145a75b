import { pgSchema } from "drizzle-orm/pg-core";

/** Everything the app owns lives in the `app` schema; `public` is left to extensions. */
export const app = pgSchema("app");
