import { pgEnum, pgTable, text, varchar } from "drizzle-orm/pg-core";
import { id, timestamps } from "../db/columns";

export const userRole = pgEnum("user_role", ["student", "instructor", "admin"]);

export const users = pgTable("users", {
  id: id(),
  email: varchar("email", { length: 255 }).notNull().unique(),
  name: text("name").notNull(),
  role: userRole("role").notNull().default("student"),
  ...timestamps,
});
