import { sql } from "drizzle-orm";
import { bigint, pgPolicy, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { anonymousRole, authenticatedRole, authUid } from "drizzle-orm/neon";
import { notes } from "./schema";

export const noteShares = pgTable(
  "note_shares",
  {
    noteId: bigint("note_id", { mode: "number" })
      .notNull()
      .references(() => notes.id, { onDelete: "cascade" }),
    sharedWith: text("shared_with").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.noteId, t.sharedWith] }),
    pgPolicy("shares_visible_to_recipient", {
      for: "select",
      to: authenticatedRole,
      using: authUid(t.sharedWith),
    }),
    pgPolicy("shares_public_none", { as: "restrictive", for: "select", to: anonymousRole, using: sql`false` }),
  ],
);
