CREATE TABLE "users" (
	"id" integer,
	"nick" text
);
--> statement-breakpoint
CREATE INDEX "users_nick" ON "users" ("nick");