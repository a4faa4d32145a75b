CREATE ROLE "flags_admin";--> statement-breakpoint
CREATE ROLE "flags_reader";--> statement-breakpoint
CREATE ROLE "sdk_client" WITH NOINHERIT;--> statement-breakpoint
CREATE TABLE "environments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" varchar(32) NOT NULL CONSTRAINT "environments_key_uq" UNIQUE,
	"name" text NOT NULL,
	"sdk_key" text NOT NULL CONSTRAINT "environments_sdk_key_uq" UNIQUE,
	"created_at" timestamp(6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(6) with time zone,
	CONSTRAINT "environments_key_format" CHECK ("key" ~ '^[a-z][a-z0-9_-]*$')
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"environment_id" uuid NOT NULL,
	"key" varchar(128) NOT NULL,
	"description" text,
	"enabled" boolean DEFAULT false NOT NULL,
	"variants" jsonb DEFAULT '[{"key":"on","weight":100}]' NOT NULL,
	"rules" jsonb DEFAULT '[]' NOT NULL,
	"rollout_pct" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp(6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(6) with time zone,
	CONSTRAINT "flags_env_key_uq" UNIQUE("environment_id","key"),
	CONSTRAINT "flags_rollout_pct_range" CHECK ("rollout_pct" >= 0 and "rollout_pct" <= 100)
);
--> statement-breakpoint
ALTER TABLE "flags" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"environment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"created_at" timestamp(6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(6) with time zone
);
--> statement-breakpoint
ALTER TABLE "segments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "flags_rules_gin" ON "flags" USING gin ("rules" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "segments_conditions_gin" ON "segments" USING gin ("conditions");--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_environment_fk" FOREIGN KEY ("environment_id") REFERENCES "environments"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE POLICY "flags_admin_all" ON "flags" AS PERMISSIVE FOR ALL TO "flags_admin" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "flags_read" ON "flags" AS PERMISSIVE FOR SELECT TO "flags_reader", "sdk_client" USING ("flags"."enabled");--> statement-breakpoint
CREATE POLICY "segments_admin" ON "segments" AS PERMISSIVE FOR ALL TO "flags_admin" USING (true);