-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "other";
--> statement-breakpoint
CREATE TABLE "other"."targets" (
	"id" bigint PRIMARY KEY,
	"k" text CONSTRAINT "targets_k_key" UNIQUE
);
--> statement-breakpoint
CREATE TABLE "children" (
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "children_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"parent_id" integer,
	"parent_code" text,
	"parent_region" text,
	"target_id" bigint,
	"self_id" integer,
	"a" integer,
	"b" integer,
	"email" text,
	"phone" text,
	CONSTRAINT "children_pk" PRIMARY KEY("id"),
	CONSTRAINT "Children Quoted Unique" UNIQUE("b","a"),
	CONSTRAINT "children_email_phone_key" UNIQUE NULLS NOT DISTINCT("email","phone"),
	CONSTRAINT "children_ab_check" CHECK ((a < b)),
	CONSTRAINT "children_email_check" CHECK ((email ~* '^[^@]+@[^@]+$'::text))
);
--> statement-breakpoint
CREATE TABLE "composite_pk" (
	"x" integer,
	"y" integer,
	"z" text CONSTRAINT "composite_pk_z_key" UNIQUE,
	CONSTRAINT "composite_pk_pkey" PRIMARY KEY("y","x"),
	CONSTRAINT "composite_pk_check" CHECK (((x > 0) AND (y > 0))),
	CONSTRAINT "composite_pk_z_check" CHECK ((z <> ''::text))
);
--> statement-breakpoint
CREATE TABLE "deferrable_fk" (
	"id" integer PRIMARY KEY,
	"parent_id" integer
);
--> statement-breakpoint
CREATE TABLE "parents" (
	"id" integer PRIMARY KEY,
	"code" text NOT NULL,
	"region" text NOT NULL,
	CONSTRAINT "parents_code_region_key" UNIQUE("code","region")
);
--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_parent_fk" FOREIGN KEY ("parent_code","parent_region") REFERENCES "parents"("code","region") ON DELETE SET NULL ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parents"("id");--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_self_fk" FOREIGN KEY ("self_id") REFERENCES "children"("id") ON DELETE SET DEFAULT;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_target_fk" FOREIGN KEY ("target_id") REFERENCES "other"."targets"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "deferrable_fk" ADD CONSTRAINT "deferrable_fk_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parents"("id") ON DELETE CASCADE;
*/