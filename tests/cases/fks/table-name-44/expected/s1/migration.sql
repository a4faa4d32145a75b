CREATE TABLE "customer_subscription_payment_history_entrie" (
	"id" integer PRIMARY KEY,
	"user_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "customer_subscription_payment_history_entrie" ADD CONSTRAINT "customer_subscription_payment_history_entrie_BlQQbdH3xsQz_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");