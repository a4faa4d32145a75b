CREATE TABLE "t" (
	"a" integer,
	"b" text,
	"c" text
);
--> statement-breakpoint
CREATE INDEX "t_a_w" ON "t" ("a") WITH (fillfactor=70);--> statement-breakpoint
CREATE INDEX "t_b_w" ON "t" USING gin ("b") WITH (gin_pending_list_limit=128, fastupdate=off);--> statement-breakpoint
CREATE INDEX "t_c_w" ON "t" ("c");