ALTER TABLE "docs" DROP CONSTRAINT "docs_pkey";--> statement-breakpoint
ALTER TABLE "docs" ADD PRIMARY KEY ("uid");