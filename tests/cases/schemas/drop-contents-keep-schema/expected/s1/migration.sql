CREATE SCHEMA "inv";
--> statement-breakpoint
CREATE TYPE "inv"."status" AS ENUM('on', 'off');--> statement-breakpoint
CREATE SEQUENCE "inv"."counter" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 10 CACHE 1;--> statement-breakpoint
CREATE TABLE "inv"."items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inv"."items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"st" "inv"."status" DEFAULT 'on'::"inv"."status",
	"label" text
);
