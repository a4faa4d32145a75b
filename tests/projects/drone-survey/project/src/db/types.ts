import { customType } from "drizzle-orm/pg-core";

export const money = customType<{ data: number; driverData: string }>({
  dataType() {
    return "money";
  },
  toDriver(value) {
    return value.toFixed(2);
  },
  fromDriver(value) {
    return Number(value.replace(/[^0-9.-]/g, ""));
  },
});

export const geography = customType<{ data: string; config: { type: string; srid: number } }>({
  dataType(config) {
    return `geography(${config?.type ?? "Point"},${config?.srid ?? 4326})`;
  },
});

export const tsrange = customType<{ data: string }>({
  dataType: () => "tsrange",
});
