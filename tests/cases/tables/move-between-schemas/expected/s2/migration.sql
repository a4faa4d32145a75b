ALTER TABLE "one"."things" SET SCHEMA "two";
