const env = typeof process !== "undefined" ? process.env : undefined;

export const settings = {
  schemaName: env?.COLLECTIONS_SCHEMA ?? "collections",
  defaultCurrency: env?.MUSEUM_CURRENCY?.toUpperCase() ?? "EUR",
  accessionPrefix: (env?.ACCESSION_PREFIX || "MUS").slice(0, 4),
  maxTitleLength: Number(env?.MAX_TITLE_LENGTH ?? 300),
} as const;
