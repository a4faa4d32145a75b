DROP POLICY "secrets_ins" ON "priv"."secrets";--> statement-breakpoint
ALTER POLICY "secrets_owner" ON "priv"."secrets" TO public USING ("priv"."secrets"."owner" = 2);