-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "events" (
	"kind" text NOT NULL,
	"payload" jsonb,
	CONSTRAINT "events_kind_check" CHECK ((kind <> ''::text))
);
--> statement-breakpoint
CREATE TABLE "events_click" (
	"kind" text NOT NULL,
	"payload" jsonb,
	CONSTRAINT "events_kind_check" CHECK ((kind <> ''::text))
);
--> statement-breakpoint
CREATE TABLE "events_other" (
	"kind" text NOT NULL,
	"payload" jsonb,
	CONSTRAINT "events_kind_check" CHECK ((kind <> ''::text))
);
--> statement-breakpoint
CREATE TABLE "legacy_child" (
	"id" integer NOT NULL,
	"note" text,
	"extra" text
);
--> statement-breakpoint
CREATE TABLE "legacy_parent" (
	"id" integer PRIMARY KEY,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "measurements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"city_id" integer NOT NULL,
	"logdate" date,
	"peaktemp" integer,
	CONSTRAINT "measurements_pkey" PRIMARY KEY("id","logdate")
);
--> statement-breakpoint
CREATE TABLE "measurements_2024" (
	"id" bigint,
	"city_id" integer NOT NULL,
	"logdate" date,
	"peaktemp" integer,
	CONSTRAINT "measurements_2024_pkey" PRIMARY KEY("id","logdate")
);
--> statement-breakpoint
CREATE TABLE "measurements_2025" (
	"id" bigint,
	"city_id" integer NOT NULL,
	"logdate" date,
	"peaktemp" integer,
	CONSTRAINT "measurements_2025_pkey" PRIMARY KEY("id","logdate")
);
--> statement-breakpoint
CREATE INDEX "measurements_2024_city_id_idx" ON "measurements_2024" ("city_id");--> statement-breakpoint
CREATE INDEX "measurements_2025_city_id_idx" ON "measurements_2025" ("city_id");--> statement-breakpoint
CREATE INDEX "measurements_city_idx" ON "measurements" ("city_id");
*/