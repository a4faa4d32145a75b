ALTER TABLE "embeddings" ADD COLUMN "model" varchar(64) DEFAULT 'text-embedding-3-large' NOT NULL;--> statement-breakpoint
ALTER TABLE "embeddings" ALTER COLUMN "embedding" SET DATA TYPE halfvec(3072) USING "embedding"::halfvec(3072);--> statement-breakpoint
DROP INDEX "embeddingIndex";--> statement-breakpoint
CREATE INDEX "embeddingIndex" ON "embeddings" USING hnsw ("embedding" halfvec_cosine_ops) WITH (m=16, ef_construction=64);--> statement-breakpoint
CREATE INDEX "embeddings_resource_idx" ON "embeddings" ("resource_id");