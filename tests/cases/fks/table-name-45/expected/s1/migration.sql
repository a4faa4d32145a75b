CREATE TABLE "customer_subscription_payment_history_entries" (
	"id" integer PRIMARY KEY,
	"user_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "customer_subscription_payment_history_entries" ADD CONSTRAINT "CuHvSzheJ8XU_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");