CREATE TABLE "child" (
	"a" integer,
	"b" integer,
	"c" integer,
	"d" integer,
	"e" integer DEFAULT 0
);
--> statement-breakpoint
CREATE TABLE "parent" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_a_parent_id_fkey" FOREIGN KEY ("a") REFERENCES "parent"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_b_parent_id_fkey" FOREIGN KEY ("b") REFERENCES "parent"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_c_parent_id_fkey" FOREIGN KEY ("c") REFERENCES "parent"("id");--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_d_parent_id_fkey" FOREIGN KEY ("d") REFERENCES "parent"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_e_parent_id_fkey" FOREIGN KEY ("e") REFERENCES "parent"("id") ON DELETE SET DEFAULT;