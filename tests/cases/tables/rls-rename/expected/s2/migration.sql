ALTER TABLE "vault" RENAME TO "strongbox";--> statement-breakpoint
ALTER TABLE "strongbox" DISABLE ROW LEVEL SECURITY;