ALTER TABLE "seats" DROP CONSTRAINT "seats_pkey";--> statement-breakpoint
ALTER TABLE "seats" ADD PRIMARY KEY ("row","num");