CREATE TABLE "docs" (
	"id" integer,
	"body" jsonb,
	"code" text,
	"loc" point,
	"created" timestamp,
	"path" text
);
--> statement-breakpoint
CREATE INDEX "docs_body_gin" ON "docs" USING gin ("body");--> statement-breakpoint
CREATE INDEX "docs_code_hash" ON "docs" USING hash ("code");--> statement-breakpoint
CREATE INDEX "docs_loc_gist" ON "docs" USING gist ("loc");--> statement-breakpoint
CREATE INDEX "docs_created_brin" ON "docs" USING brin ("created");--> statement-breakpoint
CREATE INDEX "docs_path_spgist" ON "docs" USING spgist ("path");--> statement-breakpoint
CREATE INDEX "docs_id_btree" ON "docs" ("id");