ALTER TABLE "t" DROP CONSTRAINT "t_uq";--> statement-breakpoint
ALTER TABLE "t" ADD CONSTRAINT "t_uq" UNIQUE("a","c");