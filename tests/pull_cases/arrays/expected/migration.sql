-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "paint";
--> statement-breakpoint
CREATE TYPE "color" AS ENUM('red', 'green', 'blue');--> statement-breakpoint
CREATE TYPE "paint"."finish" AS ENUM('matte', 'gloss');--> statement-breakpoint
CREATE TABLE "arrays" (
	"id" serial PRIMARY KEY,
	"ints" integer[],
	"ints_sized" integer[],
	"ints_2d" integer[][],
	"ints_3d" integer[][][] DEFAULT '{}'::integer[] NOT NULL,
	"bigs" bigint[] DEFAULT '{1,2,3}'::bigint[],
	"texts" text[] DEFAULT '{}'::text[] NOT NULL,
	"texts_default" text[] DEFAULT ARRAY['a'::text, 'b c'::text, 'd''e'::text]::text[],
	"varchars" varchar(20)[] DEFAULT '{x,y}'::varchar(20)[],
	"bools" boolean[] DEFAULT '{t,f}'::boolean[],
	"numerics" numeric(6,2)[] DEFAULT '{1.5,2.25}'::numeric(6,2)[],
	"uuids" uuid[],
	"timestamps" timestamp[] DEFAULT '{"2020-01-01 00:00:00"}'::timestamp[],
	"jsons" jsonb[],
	"colors" "color"[] DEFAULT '{red,blue}'::"color"[],
	"colors_2d" "color"[][],
	"finishes" "paint"."finish"[] DEFAULT ARRAY['matte'::paint.finish]::"paint"."finish"[],
	"points" point[],
	"dates" date[] DEFAULT ARRAY[CURRENT_DATE]::date[],
	"chars" char(2)[]
);

*/