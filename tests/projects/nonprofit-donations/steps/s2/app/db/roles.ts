import { sql } from "drizzle-orm";
import { pgRole } from "drizzle-orm/pg-core";

export const fundraiser = pgRole("fundraiser", { inherit: true });
export const treasurer = pgRole("treasurer", { createRole: true, inherit: true });
export const donorPortal = pgRole("donor_portal");
export const appOwner = pgRole("postgres").existing();

/** SQL for the current donor id, as set by the API on each transaction. */
export const currentDonorId = sql`nullif(current_setting('app.donor_id', true), '')::uuid`;
export const isRole = (role: string) => sql.raw(`pg_has_role(current_user, '${role}', 'member')`);
