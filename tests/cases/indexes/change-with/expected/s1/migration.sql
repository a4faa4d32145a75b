CREATE TABLE "nums" (
	"a" integer,
	"b" integer
);
--> statement-breakpoint
CREATE INDEX "nums_a" ON "nums" ("a") WITH (fillfactor=70);--> statement-breakpoint
CREATE INDEX "nums_b" ON "nums" ("b") WITH (fillfactor=80);