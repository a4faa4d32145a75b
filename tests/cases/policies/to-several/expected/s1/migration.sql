CREATE ROLE "auditor";--> statement-breakpoint
CREATE TABLE "ledger" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "ledger" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "ledger_read" ON "ledger" AS PERMISSIVE FOR SELECT TO "auditor", public, "reporting" USING (true);--> statement-breakpoint
CREATE POLICY "ledger_self" ON "ledger" AS PERMISSIVE FOR ALL TO current_user USING (true);--> statement-breakpoint
CREATE POLICY "ledger_session" ON "ledger" AS PERMISSIVE FOR ALL TO current_role, session_user USING (false);