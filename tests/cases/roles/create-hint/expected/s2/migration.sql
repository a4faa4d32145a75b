CREATE ROLE "viewer" WITH CREATEDB;--> statement-breakpoint
DROP ROLE "reader";