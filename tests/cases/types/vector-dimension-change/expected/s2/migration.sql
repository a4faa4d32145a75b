ALTER TABLE "t" ALTER COLUMN "a" SET DATA TYPE vector(4) USING "a"::vector(4);--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "b" SET DATA TYPE bit(16) USING "b"::bit(16);