CREATE TABLE "users" (
	"id" integer,
	"name" text
);
--> statement-breakpoint
CREATE INDEX "users_name_index" ON "users" ("name");--> statement-breakpoint
CREATE INDEX "users_name_explicit" ON "users" ("name","id");