CREATE TABLE "forums" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"slug" varchar(64) NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "forums_parent_slug_key" UNIQUE NULLS NOT DISTINCT("parent_id","slug")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY,
	"thread_id" integer NOT NULL,
	"author_id" integer,
	"body" text NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"edited_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"member_id" integer,
	"thread_id" integer,
	"notify" text DEFAULT 'instant' NOT NULL,
	CONSTRAINT "subscriptions_pkey" PRIMARY KEY("member_id","thread_id")
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"id" serial PRIMARY KEY,
	"forum_id" integer NOT NULL,
	"author_id" integer,
	"title" varchar(200) NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"locked_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "bans" (
	"id" serial PRIMARY KEY,
	"member_id" integer NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" serial PRIMARY KEY,
	"username" varchar(32) NOT NULL CONSTRAINT "members_username_key" UNIQUE,
	"emailAddress" varchar(255) NOT NULL,
	"signature" text,
	"postCount" integer DEFAULT 0 NOT NULL,
	"isModerator" boolean DEFAULT false NOT NULL,
	"joinedAt" timestamp DEFAULT now() NOT NULL,
	"lastSeenAt" timestamp,
	CONSTRAINT "members_post_count_check" CHECK ("postCount" >= 0)
);
--> statement-breakpoint
CREATE INDEX "posts_author_idx" ON "posts" ("author_id");--> statement-breakpoint
CREATE INDEX "posts_created_idx" ON "posts" ("created_at");--> statement-breakpoint
CREATE INDEX "threads_author_idx" ON "threads" ("author_id");--> statement-breakpoint
CREATE INDEX "threads_created_idx" ON "threads" ("created_at");--> statement-breakpoint
CREATE INDEX "threads_forum_idx" ON "threads" ("forum_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "bans_member_idx" ON "bans" ("member_id","expires_at");--> statement-breakpoint
CREATE INDEX "members_email_idx" ON "members" ("emailAddress");--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "forums"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_thread_id_threads_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_members_id_fkey" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_thread_id_threads_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_forum_id_forums_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_author_id_members_id_fkey" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "bans" ADD CONSTRAINT "bans_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");