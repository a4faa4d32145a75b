DROP INDEX "t_a_conc";--> statement-breakpoint
DROP INDEX "t_b_conc";--> statement-breakpoint
CREATE INDEX CONCURRENTLY "t_b_conc" ON "t" ("b");