CREATE ROLE "role_a";--> statement-breakpoint
CREATE ROLE "role_b" WITH CREATEDB;--> statement-breakpoint
CREATE ROLE "role_c";