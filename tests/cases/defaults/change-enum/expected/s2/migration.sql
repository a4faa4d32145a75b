ALTER TABLE "t" ALTER COLUMN "a" SET DEFAULT 'sad'::"mood";--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DEFAULT '{sad,happy}'::"mood"[];