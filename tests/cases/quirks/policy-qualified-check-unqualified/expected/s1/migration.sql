CREATE SCHEMA "s";
--> statement-breakpoint
CREATE TABLE "s"."t" (
	"id" integer,
	"owner" integer,
	CONSTRAINT "t_owner_chk" CHECK ("owner" > 0)
);
--> statement-breakpoint
ALTER TABLE "s"."t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "t_owner_idx" ON "s"."t" ("owner") WHERE "owner" > 0;--> statement-breakpoint
CREATE POLICY "t_owner_pol" ON "s"."t" AS PERMISSIVE FOR ALL TO public USING ("s"."t"."owner" > 0);