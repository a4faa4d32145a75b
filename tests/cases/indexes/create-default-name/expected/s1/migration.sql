CREATE TABLE "users" (
	"id" integer PRIMARY KEY,
	"email" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "users_email_index" ON "users" ("email");