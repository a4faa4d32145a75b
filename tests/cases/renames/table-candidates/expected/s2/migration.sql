ALTER TABLE "b" RENAME TO "d";--> statement-breakpoint
DROP TABLE "a";--> statement-breakpoint
DROP TABLE "c";