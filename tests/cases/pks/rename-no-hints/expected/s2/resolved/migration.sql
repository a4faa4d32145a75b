ALTER TABLE "pairs" DROP CONSTRAINT "pairs_ab_pk";--> statement-breakpoint
ALTER TABLE "pairs" ADD CONSTRAINT "pairs_pk_new" PRIMARY KEY("a","b");