ALTER TABLE "pairs" DROP CONSTRAINT "pairs_pkey";--> statement-breakpoint
ALTER TABLE "pairs" ADD CONSTRAINT "pairs_custom_pk" PRIMARY KEY("a","b");