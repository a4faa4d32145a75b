CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TYPE "audit"."action" AS ENUM('insert', 'update', 'delete');--> statement-breakpoint
CREATE TABLE "audit"."ticket_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit"."ticket_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" bigint NOT NULL,
	"action" "audit"."action" NOT NULL,
	"actor" text,
	"diff" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app"."ticket_messages" ALTER COLUMN "internal" SET DATA TYPE boolean USING "internal"::boolean;--> statement-breakpoint
ALTER TABLE "app"."ticket_messages" ALTER COLUMN "internal" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "app"."ticket_messages" ALTER COLUMN "internal" SET NOT NULL;