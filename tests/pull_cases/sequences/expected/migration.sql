-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "seqs";
--> statement-breakpoint
CREATE SEQUENCE "public"."custom_seq" INCREMENT BY 5 MINVALUE 100 MAXVALUE 100000 START WITH 150 CACHE 10 CYCLE;--> statement-breakpoint
CREATE SEQUENCE "public"."desc_seq" INCREMENT BY -1 MINVALUE -500 MAXVALUE -1 START WITH -1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."int_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 7 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."plain_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."small_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."Upper_Seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "seqs"."Mixed Case Seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 42 CACHE 1;--> statement-breakpoint
CREATE TABLE "owner_t" (
	"id" integer
);

*/