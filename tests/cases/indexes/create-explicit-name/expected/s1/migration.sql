CREATE TABLE "accounts" (
	"id" integer PRIMARY KEY,
	"email" text NOT NULL,
	"handle" text
);
--> statement-breakpoint
CREATE INDEX "accounts_email_idx" ON "accounts" ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_handle_uq" ON "accounts" ("handle");