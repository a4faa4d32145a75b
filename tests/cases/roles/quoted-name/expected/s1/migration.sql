CREATE ROLE "AppAdmin";--> statement-breakpoint
CREATE ROLE "read-only" WITH NOINHERIT;