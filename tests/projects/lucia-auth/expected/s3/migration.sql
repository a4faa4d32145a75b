CREATE TYPE "code_purpose" AS ENUM('email_verification', 'password_reset', 'login');--> statement-breakpoint
CREATE TABLE "one_time_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"purpose" "code_purpose" NOT NULL,
	"user_id" text NOT NULL,
	"code_hash" text NOT NULL,
	"email" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP TABLE "email_verification_code";--> statement-breakpoint
DROP TABLE "password_reset_token";--> statement-breakpoint
CREATE INDEX "one_time_code_user_purpose_idx" ON "one_time_code" ("user_id","purpose");--> statement-breakpoint
ALTER TABLE "one_time_code" ADD CONSTRAINT "one_time_code_user_id_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE;