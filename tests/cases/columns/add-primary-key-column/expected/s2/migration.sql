ALTER TABLE "tags" ADD COLUMN "id" serial;--> statement-breakpoint
ALTER TABLE "tags" ADD PRIMARY KEY ("id");