CREATE TABLE "table_aaaaaaaaaaaaaaaaaaa" (
	"col_aaaaaaaaaaaaaaaaaaaaa" integer
);
--> statement-breakpoint
CREATE TABLE "table_bbbbbbbbbbbbbbbbbbb" (
	"col_bbbbbbbbbbbbbbbbbbbbbb" integer
);
--> statement-breakpoint
CREATE TABLE "tgt" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "table_aaaaaaaaaaaaaaaaaaa" ADD CONSTRAINT "table_aaaaaaaaaaaaaaaaaaa_col_aaaaaaaaaaaaaaaaaaaaa_tgt_id_fkey" FOREIGN KEY ("col_aaaaaaaaaaaaaaaaaaaaa") REFERENCES "tgt"("id");--> statement-breakpoint
ALTER TABLE "table_bbbbbbbbbbbbbbbbbbb" ADD CONSTRAINT "table_bbbbbbbbbbbbbbbbbbb_ZMOgub97JAVr_fkey" FOREIGN KEY ("col_bbbbbbbbbbbbbbbbbbbbbb") REFERENCES "tgt"("id");