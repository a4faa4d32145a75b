import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  doublePrecision,
  pgEnum,
  pgSequence,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  unique,
  varchar,
} from "drizzle-orm/pg-core";

export const REGIONS = ["na", "eu", "apac", "latam", "mena", "oce"] as const;
export const region = pgEnum("region", REGIONS);
export const platform = pgEnum("platform", ["pc", "playstation", "xbox", "switch", "mobile"]);

export const friendCode = pgSequence("friend_code_seq", {
  startWith: 100000000,
  increment: 11,
  minValue: 100000000,
  maxValue: 999999999,
  cycle: true,
  cache: 25,
});

export const players = pgTable(
  "players",
  {
    id: bigint("id", { mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity({
      startWith: 1000,
      increment: 1,
      maxValue: 9007199254740991,
      cache: 100,
    }),
    gamertag: varchar("gamertag", { length: 24 }).notNull(),
    discriminator: smallint("discriminator").notNull(),
    friendCode: bigint("friend_code", { mode: "number" }).notNull().default(sql`nextval('friend_code_seq')`),
    region: region("region").notNull(),
    platforms: platform("platforms").array().notNull().default(["pc", "mobile"]),
    skill: doublePrecision("skill").notNull().default(25.5),
    uncertainty: real("uncertainty").notNull().default(8.333),
    bannedUntil: timestamp("banned_until", { withTimezone: true, precision: 0 }),
    bio: varchar("bio", { length: 280 }),
    avatarUrl: text("avatar_url"),
  },
  (t) => [
    unique("players_tag_uq").on(t.gamertag, t.discriminator),
    check("players_discriminator_range", sql`${t.discriminator} between 0 and 9999`),
  ],
);
