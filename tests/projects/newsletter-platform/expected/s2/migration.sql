ALTER TABLE "campaigns" ADD COLUMN "emoji" text DEFAULT '🎉 naïve café';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "preheader" SET DEFAULT 'It''s here: the \\ backslash edition';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "status" SET DEFAULT 'scheduled';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "blocks" SET DEFAULT '[{"type":"text","value":"Hi {{name}}, it''s \"us\""}]';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "utm" SET DEFAULT '{"source":"newsletter","medium":"email","nested":{"a":2,"b":[true,null]}}';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "ab_weights" SET DEFAULT '[70,30]';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "headline" SET DEFAULT '"Hello, O''Brien"';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "metadata" SET DEFAULT '{"v": 2}';--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "is_test" SET DEFAULT true;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "tracking_pixel" SET DEFAULT gen_random_uuid();--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "segments" SET DEFAULT '{all,vip''s,"a,b","with \"quote\""}'::varchar(32)[];--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "grid" SET DEFAULT '{{1,2},{3,5}}'::integer[];--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "path" SET DEFAULT 'C:\\newsletters\\archive';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "slug" SET DATA TYPE varchar(100) USING "slug"::varchar(100);--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "visibility" SET DEFAULT 'unlisted';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "language" SET DATA TYPE char(5) USING "language"::char(5);--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "language" SET DEFAULT 'en-US';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "country" SET DATA TYPE char(2) USING "country"::char(2);--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "sender_name" SET DATA TYPE varchar(120) USING "sender_name"::varchar(120);--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "sender_name" SET DEFAULT 'O''Reilly "Weekly"';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "footer" SET DEFAULT 'Ünsubscribe → {{url}} ✉️';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "reply_to" SET DEFAULT 'noreply@example.com';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "double_opt_in" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "theme" SET DEFAULT '{"primary":"#ff6600","dark":true,"fonts":["Inter"]}';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "settings" SET DATA TYPE jsonb USING "settings"::jsonb;--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "settings" SET DEFAULT '{"digest":"weekly","quiet":[22,7]}';--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "tags" SET DEFAULT '{news,weekly}'::text[];--> statement-breakpoint
ALTER TABLE "lists" ALTER COLUMN "legacy_id" DROP DEFAULT;