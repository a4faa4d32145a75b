DROP TABLE "inv"."items";--> statement-breakpoint
DROP TYPE "inv"."status";--> statement-breakpoint
DROP SEQUENCE "inv"."counter";--> statement-breakpoint
DROP SCHEMA "inv";
