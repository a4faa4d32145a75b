ALTER TYPE "region" ADD VALUE 'oce';--> statement-breakpoint
ALTER SEQUENCE "friend_code_seq" INCREMENT BY 11 MINVALUE 100000000 MAXVALUE 999999999 START WITH 100000000 CACHE 25 CYCLE;--> statement-breakpoint
ALTER TABLE "players" ADD COLUMN "avatar_url" text;--> statement-breakpoint
ALTER TABLE "match_players" ADD COLUMN "assists" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "match_players" DROP COLUMN "kdr";--> statement-breakpoint
ALTER TABLE "match_players" ADD COLUMN "kdr" numeric(6,2) GENERATED ALWAYS AS (case when deaths = 0 then kills::numeric else round(kills::numeric / deaths, 2) end) STORED;--> statement-breakpoint
ALTER TABLE "players" ALTER COLUMN "id" SET CACHE 100;--> statement-breakpoint
ALTER TABLE "players" ALTER COLUMN "platforms" SET DEFAULT '{pc,mobile}'::"platform"[];--> statement-breakpoint
ALTER TABLE "players" ALTER COLUMN "skill" SET DEFAULT 25.5;--> statement-breakpoint
ALTER TABLE "players" ALTER COLUMN "bio" SET DATA TYPE varchar(280) USING "bio"::varchar(280);