CREATE TABLE "coupons" (
	"id" text PRIMARY KEY,
	"stripe_coupon_id" text UNIQUE,
	"name" text NOT NULL,
	"percent_off" numeric(5,2),
	"amount_off" bigint,
	"currency" char(3),
	"max_redemptions" integer,
	"redeem_by" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coupons_one_discount" CHECK (("percent_off" is not null) <> ("amount_off" is not null))
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "trial_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "trial_end" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "coupon_id" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_coupon_id_coupons_id_fkey" FOREIGN KEY ("coupon_id") REFERENCES "coupons"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_quantity_positive" CHECK ("quantity" > 0);--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_trial_order" CHECK ("trial_end" is null or "trial_end" > "trial_start");