CREATE TABLE "a" (
	"id" integer PRIMARY KEY,
	"b_id" integer
);
--> statement-breakpoint
CREATE TABLE "b" (
	"id" integer PRIMARY KEY,
	"a_id" integer
);
--> statement-breakpoint
ALTER TABLE "a" ADD CONSTRAINT "a_b_id_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "b"("id");--> statement-breakpoint
ALTER TABLE "b" ADD CONSTRAINT "b_a_id_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "a"("id");