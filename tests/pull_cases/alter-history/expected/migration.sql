-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY,
	"name" varchar(100),
	"created_on" date DEFAULT CURRENT_DATE,
	"email" text DEFAULT '' NOT NULL,
	"flags" integer[] DEFAULT '{}'::integer[]
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" serial,
	"token" text NOT NULL,
	"expires_at" timestamp with time zone,
	"account_id" bigint,
	CONSTRAINT "sessions_pkey" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE INDEX "accounts_email_lookup" ON "accounts" ("email");
*/