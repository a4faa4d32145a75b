CREATE TABLE "votes" (
	"chat_id" uuid,
	"message_id" uuid,
	"is_upvoted" boolean NOT NULL,
	CONSTRAINT "votes_pkey" PRIMARY KEY("chat_id","message_id")
);
--> statement-breakpoint
ALTER TABLE "chats" ADD COLUMN "visibility" varchar DEFAULT 'private' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "attachments" jsonb DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "token_count" integer;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_chat_id_chats_id_fkey" FOREIGN KEY ("chat_id") REFERENCES "chats"("id");--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_message_id_messages_id_fkey" FOREIGN KEY ("message_id") REFERENCES "messages"("id");