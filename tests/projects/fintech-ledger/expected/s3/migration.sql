ALTER SEQUENCE "journal_entry_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 200;--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "balance" SET DATA TYPE numeric(24,8) USING "balance"::numeric(24,8);--> statement-breakpoint
ALTER TABLE "postings" ALTER COLUMN "amount" SET DATA TYPE numeric(24,8) USING "amount"::numeric(24,8);