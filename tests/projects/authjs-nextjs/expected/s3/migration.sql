ALTER TABLE "profile" ADD COLUMN "pronouns" varchar(32);--> statement-breakpoint
ALTER TABLE "user" ALTER COLUMN "email" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "profile" ALTER COLUMN "bio" SET DATA TYPE varchar(500) USING "bio"::varchar(500);--> statement-breakpoint
CREATE INDEX "session_userId_idx" ON "session" ("userId");