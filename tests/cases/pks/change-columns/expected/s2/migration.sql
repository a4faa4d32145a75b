ALTER TABLE "grid" DROP CONSTRAINT "grid_pkey";--> statement-breakpoint
ALTER TABLE "grid" ADD PRIMARY KEY ("x","y","z");