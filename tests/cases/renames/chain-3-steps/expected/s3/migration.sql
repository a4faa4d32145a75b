ALTER TABLE "t1" RENAME TO "t2";--> statement-breakpoint
ALTER TABLE "t2" RENAME COLUMN "b" TO "c";