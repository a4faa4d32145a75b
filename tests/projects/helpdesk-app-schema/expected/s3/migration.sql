ALTER SCHEMA "app" RENAME TO "helpdesk";
--> statement-breakpoint
DROP VIEW "helpdesk"."unassigned_queue";--> statement-breakpoint
ALTER TABLE "helpdesk"."tickets" ALTER COLUMN "number" SET DEFAULT nextval('helpdesk.ticket_number_seq');--> statement-breakpoint
CREATE VIEW "helpdesk"."unassigned_queue" AS (select "id", "number", "subject", "priority" from "helpdesk"."tickets" where ((("helpdesk"."tickets"."assignee_id" is null)) and ("helpdesk"."tickets"."status" <> 'closed')));