DROP VIEW "legacy"."v";--> statement-breakpoint
ALTER TABLE "legacy"."b" DROP CONSTRAINT "b_a_id_a_id_fkey";--> statement-breakpoint
DROP TABLE "legacy"."a";--> statement-breakpoint
DROP TABLE "legacy"."b";--> statement-breakpoint
DROP TYPE "legacy"."mood";--> statement-breakpoint
DROP SCHEMA "legacy";
