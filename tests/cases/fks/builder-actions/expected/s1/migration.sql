CREATE TABLE "a" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "b" (
	"a_id" integer
);
--> statement-breakpoint
ALTER TABLE "b" ADD CONSTRAINT "b_a_id_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "a"("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT;