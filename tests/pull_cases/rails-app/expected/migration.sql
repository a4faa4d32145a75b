-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "active_storage_attachments" (
	"id" bigserial PRIMARY KEY,
	"name" varchar NOT NULL,
	"record_type" varchar NOT NULL,
	"record_id" bigint NOT NULL,
	"blob_id" bigint NOT NULL,
	"created_at" timestamp(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "active_storage_blobs" (
	"id" bigserial PRIMARY KEY,
	"key" varchar NOT NULL,
	"filename" varchar NOT NULL,
	"content_type" varchar,
	"metadata" text,
	"service_name" varchar NOT NULL,
	"byte_size" bigint NOT NULL,
	"checksum" varchar,
	"created_at" timestamp(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ar_internal_metadata" (
	"key" varchar PRIMARY KEY,
	"value" varchar,
	"created_at" timestamp(6) NOT NULL,
	"updated_at" timestamp(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" bigserial PRIMARY KEY,
	"user_id" bigint NOT NULL,
	"title" varchar NOT NULL,
	"body" text,
	"price" numeric(10,2),
	"score" double precision DEFAULT 0.0,
	"status" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp(6),
	"lock_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp(6) NOT NULL,
	"updated_at" timestamp(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" bigserial PRIMARY KEY,
	"commentable_type" varchar NOT NULL,
	"commentable_id" bigint NOT NULL,
	"user_id" bigint,
	"body" text NOT NULL,
	"created_at" timestamp(6) NOT NULL,
	"updated_at" timestamp(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schema_migrations" (
	"version" varchar PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigserial PRIMARY KEY,
	"email" varchar DEFAULT '' NOT NULL,
	"encrypted_password" varchar DEFAULT '' NOT NULL,
	"reset_password_token" varchar,
	"reset_password_sent_at" timestamp(6),
	"sign_in_count" integer DEFAULT 0 NOT NULL,
	"current_sign_in_ip" inet,
	"last_sign_in_ip" inet,
	"admin" boolean DEFAULT false NOT NULL,
	"settings" jsonb DEFAULT '{}' NOT NULL,
	"roles" varchar[] DEFAULT '{}'::varchar[],
	"deleted_at" timestamp(6),
	"created_at" timestamp(6) NOT NULL,
	"updated_at" timestamp(6) NOT NULL
);
--> statement-breakpoint
CREATE INDEX "index_active_storage_attachments_on_blob_id" ON "active_storage_attachments" ("blob_id");--> statement-breakpoint
CREATE UNIQUE INDEX "index_active_storage_attachments_uniqueness" ON "active_storage_attachments" ("record_type","record_id","name","blob_id");--> statement-breakpoint
CREATE UNIQUE INDEX "index_active_storage_blobs_on_key" ON "active_storage_blobs" ("key");--> statement-breakpoint
CREATE INDEX "index_articles_on_published_at" ON "articles" ("published_at") WHERE (published_at IS NOT NULL);--> statement-breakpoint
CREATE INDEX "index_articles_on_user_id" ON "articles" ("user_id");--> statement-breakpoint
CREATE INDEX "index_comments_on_commentable" ON "comments" ("commentable_type","commentable_id");--> statement-breakpoint
CREATE INDEX "index_comments_on_user_id" ON "comments" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "index_users_on_email" ON "users" ("email") WHERE (deleted_at IS NULL);--> statement-breakpoint
CREATE UNIQUE INDEX "index_users_on_reset_password_token" ON "users" ("reset_password_token");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "fk_rails_3d31dad1cc" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "fk_rails_03de2dc08c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "active_storage_attachments" ADD CONSTRAINT "fk_rails_c3b3935057" FOREIGN KEY ("blob_id") REFERENCES "active_storage_blobs"("id");
*/