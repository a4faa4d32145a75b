ALTER TABLE "questions" ADD COLUMN "choices" text[];--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_pk" PRIMARY KEY("response_id","question_id");--> statement-breakpoint
ALTER TABLE "forms" ALTER COLUMN "short_code" SET DATA TYPE varchar(16) USING "short_code"::varchar(16);--> statement-breakpoint
ALTER TABLE "forms" ALTER COLUMN "settings" SET DEFAULT '{"theme":"light","showProgress":false}';--> statement-breakpoint
ALTER TABLE "forms" ALTER COLUMN "response_limit" SET DEFAULT 1000;--> statement-breakpoint
ALTER TABLE "questions" ALTER COLUMN "conditional" DROP DEFAULT;