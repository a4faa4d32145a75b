CREATE TABLE "people" (
	"id" integer,
	"email" text,
	"first" text,
	"last" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_lower" ON "people" (lower("email"));--> statement-breakpoint
CREATE INDEX "people_fullname" ON "people" (("first" || ' ' || "last"));--> statement-breakpoint
CREATE INDEX "people_mixed" ON "people" ("id",upper("last"));