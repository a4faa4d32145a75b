CREATE TABLE "old" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" integer PRIMARY KEY,
	"author_id" integer
);
--> statement-breakpoint
ALTER TABLE "posts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY,
	"name" text,
	"legacy" text,
	CONSTRAINT "users_name_len" CHECK (length("name") > 1)
);
--> statement-breakpoint
CREATE INDEX "users_name_idx" ON "users" ("name");--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id");--> statement-breakpoint
CREATE POLICY "posts_read" ON "posts" AS PERMISSIVE FOR SELECT TO public USING (true);