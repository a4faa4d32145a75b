CREATE TABLE "episodes" (
	"id" serial PRIMARY KEY,
	"show_id" integer NOT NULL,
	"guid" varchar(255) NOT NULL,
	"title" text NOT NULL,
	"audio_url" text NOT NULL,
	"duration_seconds" integer,
	"published_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "listens" (
	"user_id" text,
	"episode_id" integer,
	"position_seconds" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "listens_pkey" PRIMARY KEY("user_id","episode_id")
);
--> statement-breakpoint
CREATE TABLE "shows" (
	"id" serial PRIMARY KEY,
	"slug" varchar(120) NOT NULL,
	"title" text NOT NULL,
	"author" text,
	"feed_url" text NOT NULL,
	"explicit" boolean DEFAULT false NOT NULL,
	"episode_count" integer DEFAULT 0 NOT NULL,
	"last_fetched_at" timestamp
);
--> statement-breakpoint
CREATE INDEX "episodes_show_published_idx" ON "episodes" ("show_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "shows_slug_idx" ON "shows" ("slug");--> statement-breakpoint
CREATE INDEX "shows_feed_idx" ON "shows" ("feed_url");--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_show_id_shows_id_fkey" FOREIGN KEY ("show_id") REFERENCES "shows"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "listens" ADD CONSTRAINT "listens_episode_id_episodes_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episodes"("id") ON DELETE CASCADE;