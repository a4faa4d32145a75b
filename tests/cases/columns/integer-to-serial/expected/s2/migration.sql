CREATE SEQUENCE "users_id_seq";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET DEFAULT nextval('users_id_seq')--> statement-breakpoint
ALTER SEQUENCE "users_id_seq" OWNED BY "public"."users"."id";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET DATA TYPE int USING "id"::int;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET NOT NULL;