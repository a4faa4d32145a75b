CREATE TABLE "c" (
	"pid" integer
);
--> statement-breakpoint
CREATE TABLE "p" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "c" ADD CONSTRAINT "c_pid_p_id_fkey" FOREIGN KEY ("pid") REFERENCES "p"("id");