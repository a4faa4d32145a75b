CREATE POLICY "crud-anonymous-policy-select" ON "notes" AS PERMISSIVE FOR SELECT TO "anonymous" USING ("notes"."shared");--> statement-breakpoint
CREATE POLICY "crud-anonymous-policy-insert" ON "notes" AS PERMISSIVE FOR INSERT TO "anonymous" WITH CHECK (false);--> statement-breakpoint
CREATE POLICY "crud-anonymous-policy-update" ON "notes" AS PERMISSIVE FOR UPDATE TO "anonymous" USING (false) WITH CHECK (false);--> statement-breakpoint
CREATE POLICY "crud-anonymous-policy-delete" ON "notes" AS PERMISSIVE FOR DELETE TO "anonymous" USING (false);--> statement-breakpoint
ALTER POLICY "crud-authenticated-policy-select" ON "notes" TO "authenticated" USING (("notes"."owner_id" = auth.user_id() or "notes"."shared"));