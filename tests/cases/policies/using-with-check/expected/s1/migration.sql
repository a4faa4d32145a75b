CREATE TABLE "msgs" (
	"id" integer,
	"author" text,
	"room" integer
);
--> statement-breakpoint
ALTER TABLE "msgs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "msgs_author" ON "msgs" AS PERMISSIVE FOR ALL TO public USING ("msgs"."author" = current_user) WITH CHECK ("msgs"."author" = current_user and "msgs"."room" in (1, 2, 3));