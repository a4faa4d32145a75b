DROP POLICY "t_temp" ON "t";--> statement-breakpoint
DROP ROLE "temp_role";