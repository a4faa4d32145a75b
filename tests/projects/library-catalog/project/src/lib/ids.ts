import { randomUUID } from "node:crypto";

export const newBarcode = (prefix = "LIB"): string => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
