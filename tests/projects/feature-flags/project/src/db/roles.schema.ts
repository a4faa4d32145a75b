import { pgRole } from "drizzle-orm/pg-core";

export const flagsAdmin = pgRole("flags_admin", { createRole: false, createDb: false, inherit: true });
export const flagsReader = pgRole("flags_reader");
export const sdkClient = pgRole("sdk_client", { inherit: false });
export const postgres = pgRole("postgres").existing();
