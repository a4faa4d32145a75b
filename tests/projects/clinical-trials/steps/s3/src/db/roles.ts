import { pgRole } from "drizzle-orm/pg-core";

export const investigator = pgRole("investigator", { inherit: false });
export const monitor = pgRole("monitor", { inherit: true });
export const sponsorAdmin = pgRole("sponsor_admin", { createRole: false, createDb: true });
export const auditor = pgRole("auditor").existing();
export const dataManager = pgRole("data_manager", { createDb: true });
