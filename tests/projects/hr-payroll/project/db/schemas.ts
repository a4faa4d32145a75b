import { pgSchema } from "drizzle-orm/pg-core";

export const hr = pgSchema("hr");
export const payroll = pgSchema("payroll");
