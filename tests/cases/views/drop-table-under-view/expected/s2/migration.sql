DROP VIEW "v";--> statement-breakpoint
DROP TABLE "t";