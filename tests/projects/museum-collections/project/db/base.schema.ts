import { pgSchema } from "drizzle-orm/pg-core";
import { settings } from "./settings";

export const collections = pgSchema(settings.schemaName);

export const objectStatus = collections.enum("object_status", ["on_display", "in_storage", "on_loan", "deaccessioned"]);
