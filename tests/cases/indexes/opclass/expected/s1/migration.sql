CREATE TABLE "items" (
	"id" integer,
	"name" text,
	"data" jsonb,
	"label" text
);
--> statement-breakpoint
CREATE INDEX "items_name_ops" ON "items" ("name" text_ops);--> statement-breakpoint
CREATE INDEX "items_data_ops" ON "items" USING gin ("data" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "items_id_ops" ON "items" ("id" int4_ops DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "items_label_pattern" ON "items" ("label" text_pattern_ops NULLS FIRST);