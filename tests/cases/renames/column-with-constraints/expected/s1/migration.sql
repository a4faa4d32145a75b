CREATE TABLE "owners" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "pets" (
	"id" integer PRIMARY KEY,
	"owner_id" integer UNIQUE,
	CONSTRAINT "pets_owner_pos" CHECK ("owner_id" > 0)
);
--> statement-breakpoint
CREATE INDEX "pets_owner_idx" ON "pets" ("owner_id");--> statement-breakpoint
ALTER TABLE "pets" ADD CONSTRAINT "pets_owner_id_owners_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "owners"("id");