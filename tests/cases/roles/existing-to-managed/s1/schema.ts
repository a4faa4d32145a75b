import { pgRole } from "drizzle-orm/pg-core";

export const app = pgRole("app_user").existing();
