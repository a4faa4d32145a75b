CREATE TABLE "zulu" (
	"id" integer PRIMARY KEY,
	"ref" integer
);
--> statement-breakpoint
CREATE TABLE "mike" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "alpha" (
	"id" integer PRIMARY KEY,
	"ref" integer
);
--> statement-breakpoint
CREATE INDEX "zulu_ref_index" ON "zulu" ("ref");--> statement-breakpoint
CREATE INDEX "alpha_ref_index" ON "alpha" ("ref");--> statement-breakpoint
ALTER TABLE "zulu" ADD CONSTRAINT "zulu_ref_alpha_id_fkey" FOREIGN KEY ("ref") REFERENCES "alpha"("id");--> statement-breakpoint
ALTER TABLE "alpha" ADD CONSTRAINT "alpha_ref_zulu_id_fkey" FOREIGN KEY ("ref") REFERENCES "zulu"("id");