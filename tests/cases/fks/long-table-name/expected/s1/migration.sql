CREATE TABLE "customer_subscription_payment_history_entries_x" (
	"id" integer PRIMARY KEY,
	"user_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "customer_subscription_payment_history_entries_x" ADD CONSTRAINT "Y4GX2eTcJGUl_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");