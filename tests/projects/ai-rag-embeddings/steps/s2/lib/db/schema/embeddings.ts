import { halfvec, index, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";
import { nanoid } from "@/lib/utils";
import { resources } from "./resources";

export const embeddings = pgTable(
  "embeddings",
  {
    id: varchar("id", { length: 191 })
      .primaryKey()
      .$defaultFn(() => nanoid()),
    resourceId: varchar("resource_id", { length: 191 }).references(() => resources.id, { onDelete: "cascade" }),
    chunkIndex: integer("chunk_index").notNull().default(0),
    content: text("content").notNull(),
    embedding: halfvec("embedding", { dimensions: 3072 }).notNull(),
    model: varchar("model", { length: 64 }).notNull().default("text-embedding-3-large"),
  },
  (table) => [
    index("embeddingIndex").using("hnsw", table.embedding.op("halfvec_cosine_ops")).with({ m: 16, ef_construction: 64 }),
    index("embeddings_resource_idx").on(table.resourceId),
  ],
);
