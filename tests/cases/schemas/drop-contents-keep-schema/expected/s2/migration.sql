DROP TABLE "inv"."items";--> statement-breakpoint
DROP TYPE "inv"."status";--> statement-breakpoint
DROP SEQUENCE "inv"."counter";