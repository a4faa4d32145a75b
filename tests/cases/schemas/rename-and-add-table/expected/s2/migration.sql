ALTER SCHEMA "s_old" RENAME TO "s_new";
--> statement-breakpoint
CREATE TABLE "s_new"."b" (
	"id" integer
);
