ALTER TABLE "inv"."bins" DROP CONSTRAINT "bins_pkey";--> statement-breakpoint
ALTER TABLE "inv"."stock" DROP CONSTRAINT "stock_pkey";--> statement-breakpoint
ALTER TABLE "inv"."stock" ADD PRIMARY KEY ("sku","bin");--> statement-breakpoint
ALTER TABLE "inv"."bins" ALTER COLUMN "id" DROP NOT NULL;