CREATE TABLE "owners" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "pets" (
	"id" integer PRIMARY KEY,
	"name" text UNIQUE,
	"owner_id" integer,
	CONSTRAINT "pets_name_len" CHECK (length("name") > 0)
);
--> statement-breakpoint
CREATE INDEX "pets_owner_id_index" ON "pets" ("owner_id");--> statement-breakpoint
ALTER TABLE "pets" ADD CONSTRAINT "pets_owner_id_owners_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "owners"("id");