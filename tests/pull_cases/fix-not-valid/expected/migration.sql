-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "children" (
	"id" integer PRIMARY KEY,
	"parent_id" integer,
	"qty" integer,
	CONSTRAINT "children_qty_check" CHECK ((qty > 0)) NOT VALI),
	CONSTRAINT "children_qty_small" CHECK ((qty < 1000))
);
--> statement-breakpoint
CREATE TABLE "parents" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "parents"("id");
*/