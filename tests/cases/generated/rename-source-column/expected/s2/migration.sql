ALTER TABLE "t" RENAME COLUMN "a" TO "b";--> statement-breakpoint
ALTER TABLE "t" DROP COLUMN "g";--> statement-breakpoint
ALTER TABLE "t" ADD COLUMN "g" integer GENERATED ALWAYS AS (b * 2) STORED;