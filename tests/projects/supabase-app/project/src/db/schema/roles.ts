import { pgRole } from "drizzle-orm/pg-core";

// Supabase creates these; drizzle-kit must not.
export const anon = pgRole("anon").existing();
export const authenticated = pgRole("authenticated").existing();
export const serviceRole = pgRole("service_role").existing();
export const dashboardUser = pgRole("dashboard_user").existing();
