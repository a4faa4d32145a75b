CREATE SEQUENCE "public"."claim_ref_seq" INCREMENT BY -1 MINVALUE -1000000 MAXVALUE -1 START WITH -1 CACHE 1;--> statement-breakpoint
ALTER SEQUENCE "policy_number_seq" INCREMENT BY 7 MINVALUE 100000 MAXVALUE 9999999 START WITH 100000 CACHE 1 CYCLE;--> statement-breakpoint
ALTER TABLE "policies" DROP CONSTRAINT "policies_premium_positive";--> statement-breakpoint
ALTER TABLE "coverages" RENAME CONSTRAINT "coverages_pkey" TO "coverages_pk";--> statement-breakpoint
ALTER TABLE "claims" DROP COLUMN "outstanding";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "outstanding" numeric(12,2) GENERATED ALWAYS AS ("claims"."amount_claimed" - coalesce("claims"."amount_paid", 0)) STORED;--> statement-breakpoint
ALTER TABLE "holders" ALTER COLUMN "id" SET MAXVALUE 200000000;--> statement-breakpoint
ALTER TABLE "holders" ALTER COLUMN "id" SET INCREMENT BY 10;--> statement-breakpoint
ALTER TABLE "holders" ALTER COLUMN "id" SET CYCLE;--> statement-breakpoint
ALTER TABLE "policies" ALTER COLUMN "id" SET CACHE 100;--> statement-breakpoint
DROP INDEX "claim_events_kind_idx";--> statement-breakpoint
CREATE INDEX "claim_events_kind_idx" ON "claim_events" ("kind","seq") WITH (fillfactor=90);--> statement-breakpoint
DROP INDEX "claims_reported_idx";--> statement-breakpoint
CREATE INDEX "claims_reported_idx" ON "claims" ("reported_at" NULLS FIRST,"severity" DESC NULLS LAST);--> statement-breakpoint
DROP INDEX "holders_email_lower_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "holders_email_lower_uq" ON "holders" (lower("email"),"id");--> statement-breakpoint
DROP INDEX "holders_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "holders_name_trgm_idx" ON "holders" USING gist ("full_name" gist_trgm_ops);--> statement-breakpoint
DROP INDEX "policies_holder_active_idx";--> statement-breakpoint
CREATE INDEX "policies_holder_active_idx" ON "policies" ("holder_id","starts_on" DESC NULLS LAST) WHERE "ends_on" is null or "ends_on" > '2000-01-01';--> statement-breakpoint
DROP INDEX "policies_starts_brin_idx";--> statement-breakpoint
CREATE INDEX "policies_starts_brin_idx" ON "policies" USING brin ("starts_on") WITH (pages_per_range=64);--> statement-breakpoint
ALTER TABLE "policies" DROP CONSTRAINT "policies_number_uq";--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_number_uq" UNIQUE("number","product");--> statement-breakpoint
ALTER TABLE "holders" DROP CONSTRAINT "holders_national_id_uq";--> statement-breakpoint
ALTER TABLE "holders" ADD CONSTRAINT "holders_national_id_uq" UNIQUE("national_id");--> statement-breakpoint
ALTER TABLE "claims" DROP CONSTRAINT "claims_coverage_fk", ADD CONSTRAINT "claims_coverage_fk" FOREIGN KEY ("policy_id","coverage_code") REFERENCES "coverages"("policy_id","code") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "policies" DROP CONSTRAINT "policies_holder_fk", ADD CONSTRAINT "policies_holder_fk" FOREIGN KEY ("holder_id") REFERENCES "holders"("id") ON DELETE CASCADE ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "holders" DROP CONSTRAINT "holders_birth_date_check", ADD CONSTRAINT "holders_birth_date_check" CHECK ("birth_date" >= '1900-01-01');