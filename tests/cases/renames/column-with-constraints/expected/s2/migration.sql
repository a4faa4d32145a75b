ALTER TABLE "pets" RENAME COLUMN "owner_id" TO "keeper_id";--> statement-breakpoint
ALTER TABLE "pets" DROP CONSTRAINT "pets_owner_pos", ADD CONSTRAINT "pets_owner_pos" CHECK ("keeper_id" > 0);