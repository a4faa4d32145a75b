CREATE SEQUENCE "t_id_seq";--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "id" SET DEFAULT nextval('t_id_seq')--> statement-breakpoint
ALTER SEQUENCE "t_id_seq" OWNED BY "public"."t"."id";--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "id" SET DATA TYPE int USING "id"::int;--> statement-breakpoint
ALTER TABLE "t" ALTER COLUMN "id" DROP IDENTITY;