CREATE TYPE "pull_state" AS ENUM('open', 'closed', 'merged');--> statement-breakpoint
CREATE TYPE "review_verdict" AS ENUM('commented', 'approved', 'changes_requested', 'dismissed');--> statement-breakpoint
CREATE TABLE "pull_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pull_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"repo_id" bigint NOT NULL,
	"number" integer NOT NULL,
	"author_id" bigint NOT NULL,
	"title" text NOT NULL,
	"head_ref" text NOT NULL,
	"base_ref" text NOT NULL,
	"state" "pull_state" DEFAULT 'open'::"pull_state" NOT NULL,
	"merged_at" timestamp,
	"updated_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requested_reviewers" (
	"pull_id" bigint,
	"user_id" bigint,
	"requested_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "requested_reviewers_pkey" PRIMARY KEY("pull_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"review_id" bigint NOT NULL,
	"in_reply_to_id" bigint,
	"path" text NOT NULL,
	"line" integer,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"pull_id" bigint NOT NULL,
	"reviewer_id" bigint NOT NULL,
	"verdict" "review_verdict" NOT NULL,
	"body" text,
	"submitted_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collaborators" (
	"repo_id" bigint NOT NULL,
	"user_id" bigint NOT NULL,
	"permission" text DEFAULT 'write' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repositories" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "repositories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_id" bigint NOT NULL,
	"name" text NOT NULL,
	"default_branch" text DEFAULT 'main' NOT NULL,
	"is_private" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"login" text NOT NULL,
	"email" text,
	"is_bot" boolean DEFAULT false NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "pull_requests_repo_number_uidx" ON "pull_requests" ("repo_id","number");--> statement-breakpoint
CREATE INDEX "pull_requests_open_idx" ON "pull_requests" ("repo_id","updated_at" DESC NULLS LAST) WHERE "state" = 'open';--> statement-breakpoint
CREATE INDEX CONCURRENTLY "pull_requests_merged_idx" ON "pull_requests" ("merged_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "review_comments_path_idx" ON "review_comments" ("path","line" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reviews_pull_idx" ON "reviews" ("pull_id","submitted_at" NULLS FIRST);--> statement-breakpoint
CREATE INDEX "collaborators_user_idx" ON "collaborators" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "repositories_owner_name_uidx" ON "repositories" ("owner_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_login_lower_uidx" ON "users" (lower("login"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uidx" ON "users" ("email") WHERE "email" is not null;--> statement-breakpoint
ALTER TABLE "pull_requests" ADD CONSTRAINT "pull_requests_repo_fk" FOREIGN KEY ("repo_id") REFERENCES "repositories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pull_requests" ADD CONSTRAINT "pull_requests_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "requested_reviewers" ADD CONSTRAINT "requested_reviewers_pull_id_pull_requests_id_fkey" FOREIGN KEY ("pull_id") REFERENCES "pull_requests"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "requested_reviewers" ADD CONSTRAINT "requested_reviewers_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_review_id_reviews_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_in_reply_to_id_review_comments_id_fkey" FOREIGN KEY ("in_reply_to_id") REFERENCES "review_comments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_pull_id_pull_requests_id_fkey" FOREIGN KEY ("pull_id") REFERENCES "pull_requests"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "collaborators" ADD CONSTRAINT "collaborators_repo_id_repositories_id_fkey" FOREIGN KEY ("repo_id") REFERENCES "repositories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "collaborators" ADD CONSTRAINT "collaborators_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "repositories" ADD CONSTRAINT "repositories_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id");--> statement-breakpoint
CREATE VIEW "open_pulls" AS (select "id", "repo_id", "number", "title" from "pull_requests" where "pull_requests"."state" = 'open');