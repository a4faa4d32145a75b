CREATE TABLE "categories" (
	"id" integer PRIMARY KEY,
	"parent" integer
);
--> statement-breakpoint
CREATE TABLE "nodes" (
	"id" integer PRIMARY KEY,
	"parent_id" integer,
	"name" text
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_categories_id_fkey" FOREIGN KEY ("parent") REFERENCES "categories"("id");--> statement-breakpoint
ALTER TABLE "nodes" ADD CONSTRAINT "nodes_parent_id_nodes_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "nodes"("id") ON DELETE CASCADE;