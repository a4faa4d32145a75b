CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"list_id" uuid NOT NULL,
	"subject" varchar(200) NOT NULL,
	"preheader" text DEFAULT '',
	"status" varchar(16) DEFAULT 'draft',
	"blocks" jsonb DEFAULT '[]' NOT NULL,
	"utm" jsonb DEFAULT '{"source":"newsletter","medium":"email","nested":{"a":1,"b":[true,null]}}',
	"ab_weights" jsonb DEFAULT '[50,50]',
	"headline" jsonb DEFAULT '"Hello, world"',
	"metadata" jsonb DEFAULT '{}',
	"is_test" boolean DEFAULT false,
	"tracking_pixel" uuid DEFAULT '00000000-0000-0000-0000-000000000000',
	"segments" varchar(32)[] DEFAULT '{all}'::varchar(32)[],
	"grid" integer[] DEFAULT '{{1,2},{3,4}}'::integer[],
	"path" text DEFAULT 'C:\\newsletters\\out'
);
--> statement-breakpoint
CREATE TABLE "lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" varchar(64) NOT NULL UNIQUE,
	"name" text NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"language" char(2) DEFAULT 'en' NOT NULL,
	"country" char,
	"sender_name" varchar DEFAULT 'The "Weekly" Team',
	"footer" text DEFAULT 'Don''t reply — unsubscribe at {{url}}',
	"reply_to" varchar(255),
	"double_opt_in" boolean DEFAULT true NOT NULL,
	"theme" jsonb DEFAULT '{"primary":"#ff6600","dark":false,"fonts":["Inter","Georgia"]}',
	"settings" json DEFAULT '{}',
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"legacy_id" uuid DEFAULT gen_random_uuid()
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_list_id_lists_id_fkey" FOREIGN KEY ("list_id") REFERENCES "lists"("id") ON DELETE CASCADE;