CREATE ROLE "all_opts" WITH CREATEDB CREATEROLE NOINHERIT;--> statement-breakpoint
CREATE ROLE "all_false";--> statement-breakpoint
CREATE ROLE "creator" WITH CREATEDB;--> statement-breakpoint
CREATE ROLE "inherit_true";--> statement-breakpoint
CREATE ROLE "manager" WITH CREATEROLE;--> statement-breakpoint
CREATE ROLE "noinherit" WITH NOINHERIT;--> statement-breakpoint
CREATE ROLE "plain";