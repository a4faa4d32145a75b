import { sql } from "drizzle-orm";
import { check, integer, pgSchema } from "drizzle-orm/pg-core";

export const hr = pgSchema("hr");
export const staff = hr.table("staff", {
  id: integer(),
  age: integer(),
  salary: integer(),
}, (t) => [
  check("staff_age", sql`${t.age} >= 16`),
]);
