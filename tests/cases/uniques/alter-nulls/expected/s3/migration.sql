ALTER TABLE "t" DROP CONSTRAINT "t_ab";--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_ab" UNIQUE("a","b");