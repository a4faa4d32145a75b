ALTER TABLE "users" SET SCHEMA "app";
