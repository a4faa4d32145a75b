ALTER SEQUENCE "counter" SET SCHEMA "app";--> statement-breakpoint
ALTER SEQUENCE "app"."counter" RENAME TO "ticker";