CREATE TABLE "fx_rates" (
	"base" char(3),
	"quote" char(3),
	"day" date,
	"rate" numeric(18,8) NOT NULL,
	"source" text DEFAULT 'ecb' NOT NULL,
	CONSTRAINT "fx_rates_pkey" PRIMARY KEY("base","quote","day"),
	CONSTRAINT "fx_rates_distinct" CHECK ("base" <> "quote"),
	CONSTRAINT "fx_rates_positive" CHECK ("rate" > 0)
);
--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "posted_at" timestamp(6) with time zone;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_reverses_id_journal_entries_id_fkey" FOREIGN KEY ("reverses_id") REFERENCES "journal_entries"("id");--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_posted_at" CHECK (("status" = 'pending') = ("posted_at" is null));