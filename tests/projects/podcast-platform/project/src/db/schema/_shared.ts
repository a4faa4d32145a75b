import { customType, integer, text, timestamp } from "drizzle-orm/pg-core";

export const APP = "pod";
export const t = (name: string) => `${APP}_${name}` as const;

/** Durations are stored in whole seconds but exposed as milliseconds to the app. */
export const durationSeconds = customType<{ data: number; driverData: number }>({
  dataType() {
    return "integer";
  },
  toDriver: (ms) => Math.round(ms / 1000),
  fromDriver: (s) => s * 1000,
});

export const languageTag = customType<{ data: string; config: { length?: number } }>({
  dataType(config) {
    return config?.length ? `varchar(${config.length})` : "varchar(35)";
  },
});

export const slug = (name = "slug") => text(name).notNull();
export const publishedWindow = () => ({
  publishedAt: timestamp("published_at", { withTimezone: true }),
  unpublishedAt: timestamp("unpublished_at", { withTimezone: true }),
});
export const counter = (name: string) => integer(name).notNull().default(0);
