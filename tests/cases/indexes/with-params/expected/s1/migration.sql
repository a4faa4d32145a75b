CREATE TABLE "logs" (
	"id" integer,
	"msg" text,
	"tsv" jsonb
);
--> statement-breakpoint
CREATE INDEX "logs_id_ff" ON "logs" ("id") WITH (fillfactor=70);--> statement-breakpoint
CREATE INDEX "logs_msg_ff_dedup" ON "logs" ("msg") WITH (fillfactor=90, deduplicate_items=false);--> statement-breakpoint
CREATE INDEX "logs_tsv_gin" ON "logs" USING gin ("tsv") WITH (fastupdate=true);