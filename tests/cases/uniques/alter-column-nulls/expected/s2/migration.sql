ALTER TABLE "t" DROP CONSTRAINT "t_b_key";--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_b_key" UNIQUE NULLS NOT DISTINCT("b");