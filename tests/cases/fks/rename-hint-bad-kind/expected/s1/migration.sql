CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"owner" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_owner_fk" FOREIGN KEY ("owner") REFERENCES "users"("id") ON DELETE CASCADE;