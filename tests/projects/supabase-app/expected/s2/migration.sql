CREATE TABLE "team_members" (
	"team_id" uuid,
	"user_id" uuid,
	"role" text DEFAULT 'member' NOT NULL,
	CONSTRAINT "team_members_pkey" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "team_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"owner_id" uuid DEFAULT auth.uid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "todos" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "auth"."users"("id");--> statement-breakpoint
ALTER TABLE "todos" ADD CONSTRAINT "todos_team_id_teams_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL;--> statement-breakpoint
CREATE POLICY "team_members_self_read" ON "team_members" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("team_members"."user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "teams_member_read" ON "teams" AS PERMISSIVE FOR SELECT TO "authenticated" USING (exists (select 1 from team_members m where m.team_id = "teams"."id" and m.user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "teams_owner_write" ON "teams" AS PERMISSIVE FOR ALL TO "authenticated" USING ("teams"."owner_id" = (select auth.uid())) WITH CHECK ("teams"."owner_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "teams_service" ON "teams" AS PERMISSIVE FOR ALL TO "service_role" USING (true);