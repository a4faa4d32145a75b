CREATE TABLE "t" (
	"id" integer,
	"kind" text,
	CONSTRAINT "t_id_chk" CHECK ("id" > 5)
);
--> statement-breakpoint
ALTER TABLE "t" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "t_kind_idx" ON "t" ("kind") WHERE "kind" = 'x''y';--> statement-breakpoint
CREATE VIEW "v" AS (select "id", "kind" from "t" where "t"."kind" = 'abc');--> statement-breakpoint
CREATE POLICY "t_pol" ON "t" AS PERMISSIVE FOR ALL TO public USING ("t"."id" < $1);