ALTER TABLE "t" DROP CONSTRAINT "t_ab_uq";--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_a_b_unique" UNIQUE("a","b");