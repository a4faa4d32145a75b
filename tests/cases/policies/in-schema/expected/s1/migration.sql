CREATE SCHEMA "priv";
--> statement-breakpoint
CREATE TABLE "priv"."secrets" (
	"id" integer,
	"owner" integer
);
--> statement-breakpoint
ALTER TABLE "priv"."secrets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "secrets_owner" ON "priv"."secrets" AS PERMISSIVE FOR ALL TO public USING ("priv"."secrets"."owner" = 1);--> statement-breakpoint
CREATE POLICY "secrets_ins" ON "priv"."secrets" AS PERMISSIVE FOR INSERT TO public WITH CHECK (true);