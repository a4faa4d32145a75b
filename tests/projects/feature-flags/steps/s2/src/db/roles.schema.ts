import { pgRole } from "drizzle-orm/pg-core";

export const flagsAdmin = pgRole("flags_admin", { createRole: true, createDb: false, inherit: true });
export const flagsReader = pgRole("flags_reader");
export const sdkClient = pgRole("sdk_client", { inherit: false });
export const flagsAuditor = pgRole("flags_auditor", { inherit: true });
export const postgres = pgRole("postgres").existing();
