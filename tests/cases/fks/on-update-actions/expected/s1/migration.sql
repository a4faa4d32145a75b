CREATE TABLE "child" (
	"a" integer,
	"b" integer,
	"c" integer,
	"d" integer,
	"e" integer,
	"f" integer,
	"g" integer
);
--> statement-breakpoint
CREATE TABLE "parent" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_a_parent_id_fkey" FOREIGN KEY ("a") REFERENCES "parent"("id") ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_b_parent_id_fkey" FOREIGN KEY ("b") REFERENCES "parent"("id") ON UPDATE RESTRICT;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_c_parent_id_fkey" FOREIGN KEY ("c") REFERENCES "parent"("id");--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_d_parent_id_fkey" FOREIGN KEY ("d") REFERENCES "parent"("id") ON UPDATE SET NULL;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_e_parent_id_fkey" FOREIGN KEY ("e") REFERENCES "parent"("id") ON UPDATE SET DEFAULT;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_f_parent_id_fkey" FOREIGN KEY ("f") REFERENCES "parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_g_parent_id_fkey" FOREIGN KEY ("g") REFERENCES "parent"("id");