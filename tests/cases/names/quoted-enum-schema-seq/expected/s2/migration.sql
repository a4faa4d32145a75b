CREATE SCHEMA "Odd Schema";
--> statement-breakpoint
CREATE TYPE "Odd Schema"."Odd Enum" AS ENUM('A b', 'c''d');--> statement-breakpoint
CREATE SEQUENCE "Odd Schema"."Odd Seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "Odd Schema"."Odd Table" (
	"Odd Col" "Odd Schema"."Odd Enum" DEFAULT 'c''d'::"Odd Schema"."Odd Enum"
);
