CREATE TABLE "c" (
	"code" integer
);
--> statement-breakpoint
CREATE TABLE "p" (
	"id" integer,
	"code" integer
);
--> statement-breakpoint
ALTER TABLE "c" ADD CONSTRAINT "c_code_p_code_fkey" FOREIGN KEY ("code") REFERENCES "p"("code");