CREATE TYPE "account_type" AS ENUM('asset', 'liability', 'equity', 'revenue', 'expense');--> statement-breakpoint
CREATE TYPE "normal_balance" AS ENUM('debit', 'credit');--> statement-breakpoint
CREATE TYPE "direction" AS ENUM('debit', 'credit');--> statement-breakpoint
CREATE TYPE "entry_status" AS ENUM('pending', 'posted', 'reversed');--> statement-breakpoint
CREATE SEQUENCE "public"."journal_entry_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 50;--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"ledger_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" "account_type" NOT NULL,
	"normal_balance" "normal_balance" NOT NULL,
	"currency" char(3) NOT NULL,
	"balance" numeric(20,4) DEFAULT '0' NOT NULL,
	"lock_version" bigint DEFAULT 0 NOT NULL,
	"allow_negative" boolean DEFAULT false NOT NULL,
	"external_ref" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "accounts_balance_sign" CHECK ("allow_negative" or "balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledgers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"base_currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"ledger_id" uuid NOT NULL,
	"sequence" bigint DEFAULT nextval('journal_entry_seq'::regclass) NOT NULL,
	"status" "entry_status" DEFAULT 'pending'::"entry_status" NOT NULL,
	"effective_date" date NOT NULL,
	"description" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"metadata" jsonb,
	"reverses_id" uuid,
	"created_at" timestamp(6) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_idempotency_key" UNIQUE("ledger_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "postings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "postings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entry_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"direction" "direction" NOT NULL,
	"amount" numeric(20,4) NOT NULL,
	"currency" char(3) NOT NULL,
	"line_no" smallint NOT NULL,
	CONSTRAINT "postings_entry_line_key" UNIQUE("entry_id","line_no"),
	CONSTRAINT "postings_amount_positive" CHECK ("amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_ledger_code_uidx" ON "accounts" ("ledger_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_external_ref_uidx" ON "accounts" ("external_ref") WHERE "external_ref" is not null;--> statement-breakpoint
CREATE INDEX "accounts_ledger_type_idx" ON "accounts" ("ledger_id","type");--> statement-breakpoint
CREATE INDEX "journal_entries_effective_idx" ON "journal_entries" ("ledger_id","effective_date");--> statement-breakpoint
CREATE INDEX "postings_account_idx" ON "postings" ("account_id","entry_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_ledger_id_ledgers_id_fkey" FOREIGN KEY ("ledger_id") REFERENCES "ledgers"("id");--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_ledger_id_ledgers_id_fkey" FOREIGN KEY ("ledger_id") REFERENCES "ledgers"("id");--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_entry_id_journal_entries_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "journal_entries"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id");