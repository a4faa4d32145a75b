ALTER TABLE "My Table" ALTER COLUMN "My Col" SET DATA TYPE varchar(9) USING "My Col"::varchar(9);--> statement-breakpoint
ALTER TABLE "My Table" ALTER COLUMN "My Col" SET DEFAULT 'd';--> statement-breakpoint
ALTER TABLE "My Table" ALTER COLUMN "My Col" SET NOT NULL;