CREATE TABLE "posts" (
	"id" integer,
	"author_id" integer,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer,
	"name" text,
	"age" integer
);
--> statement-breakpoint
CREATE VIEW "adults" AS (select "id", "name", "age" from "users" where (("users"."age" > 17) and (("users"."name" is not null))) order by "users"."name");--> statement-breakpoint
CREATE VIEW "post_authors" AS (select "posts"."title", "users"."name" from "posts" inner join "users" on "posts"."author_id" = "users"."id");