CREATE TABLE "members" (
	"id" integer,
	"org_id" integer,
	"slug" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "members_slug_index" ON "members" ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "members_org_id_slug_index" ON "members" ("org_id","slug");