ALTER ROLE "reader" RENAME TO "viewer";--> statement-breakpoint
ALTER ROLE "viewer" WITH NOCREATEDB CREATEROLE NOINHERIT;