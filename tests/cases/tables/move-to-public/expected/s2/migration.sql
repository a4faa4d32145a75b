ALTER TABLE "app"."users" SET SCHEMA "public";
