ALTER TABLE "calc"."nums" DROP COLUMN "y";--> statement-breakpoint
ALTER TABLE "calc"."nums" ADD COLUMN "y" numeric(8,2) GENERATED ALWAYS AS (x * 1.5) STORED;