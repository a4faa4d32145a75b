ALTER TABLE "notes" ADD COLUMN "id" integer;--> statement-breakpoint
ALTER TABLE "notes" ADD PRIMARY KEY ("id");