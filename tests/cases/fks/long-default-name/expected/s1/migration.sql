CREATE TABLE "organization_accounts" (
	"organization_identifier" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "subscription_records" (
	"id" integer PRIMARY KEY,
	"owning_organization_identifier" integer
);
--> statement-breakpoint
ALTER TABLE "subscription_records" ADD CONSTRAINT "subscription_records_KSpI7dLsgL8Y_fkey" FOREIGN KEY ("owning_organization_identifier") REFERENCES "organization_accounts"("organization_identifier");