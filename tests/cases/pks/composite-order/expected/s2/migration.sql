ALTER TABLE "pairs" DROP CONSTRAINT "pairs_pkey";--> statement-breakpoint
ALTER TABLE "pairs" ADD PRIMARY KEY ("b","a");