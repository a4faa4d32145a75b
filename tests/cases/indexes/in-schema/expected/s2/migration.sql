ALTER INDEX "app"."users_email_index" RENAME TO "users_email_key_idx";--> statement-breakpoint
DROP INDEX "app"."users_name_lower";--> statement-breakpoint
CREATE INDEX "users_id_index" ON "app"."users" USING hash ("id");