ALTER TABLE "l1" ADD PRIMARY KEY ("a","b");--> statement-breakpoint
ALTER TABLE "l2" ADD CONSTRAINT "l2_ab" PRIMARY KEY("a","b");