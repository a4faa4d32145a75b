import { pgRole } from "drizzle-orm/pg-core";

export const investigator = pgRole("investigator", { createDb: false, createRole: false, inherit: true });
export const monitor = pgRole("monitor", { inherit: false });
export const sponsorAdmin = pgRole("sponsor_admin", { createRole: true, createDb: true });
export const auditor = pgRole("auditor").existing();
