DROP ROLE "role_a";--> statement-breakpoint
DROP ROLE "role_b";