ALTER TABLE "reactions" RENAME COLUMN "emoji" TO "emoji_code";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "status_text" varchar(140);--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "status_emoji" varchar(32);--> statement-breakpoint
ALTER TABLE "reactions" ALTER COLUMN "emoji_code" SET DATA TYPE varchar(64) USING "emoji_code"::varchar(64);--> statement-breakpoint
CREATE INDEX "messages_body_search_idx" ON "messages" USING gin (to_tsvector('simple', "body"));