ALTER TABLE "grid" DROP CONSTRAINT "grid_pk";--> statement-breakpoint
ALTER TABLE "grid" ADD CONSTRAINT "grid_pk" PRIMARY KEY("y","z");