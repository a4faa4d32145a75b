DROP INDEX "nums_a";--> statement-breakpoint
CREATE INDEX "nums_a" ON "nums" ("a") WITH (fillfactor=50);--> statement-breakpoint
DROP INDEX "nums_b";--> statement-breakpoint
CREATE INDEX "nums_b" ON "nums" ("b");