DROP VIEW "open_tickets";--> statement-breakpoint
DROP POLICY "tickets_staff" ON "tickets";--> statement-breakpoint
ALTER TABLE "tickets" DROP CONSTRAINT "tickets_owner_id_users_id_fkey";--> statement-breakpoint
DROP TABLE "tickets";--> statement-breakpoint
DROP TABLE "users";--> statement-breakpoint
DROP ROLE "staff";--> statement-breakpoint
DROP TYPE "kind";--> statement-breakpoint
DROP SEQUENCE "public"."ticket_seq";