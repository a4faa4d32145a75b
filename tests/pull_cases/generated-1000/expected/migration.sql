-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TYPE "bench_kind" AS ENUM('alpha', 'beta', 'gamma', 'delta');--> statement-breakpoint
CREATE TABLE "t_0001" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0002" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0003" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0004" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0005" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0006" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0007" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0008" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0009" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0010" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0011" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0012" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0013" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0014" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0015" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0016" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0017" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0018" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0019" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0020" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0021" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0022" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0023" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0024" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0025" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0026" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0027" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0028" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0029" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0030" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0031" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0032" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0033" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0034" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0035" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0036" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0037" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0038" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0039" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0040" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0041" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0042" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0043" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0044" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0045" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0046" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0047" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0048" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0049" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0050" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0051" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0052" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0053" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0054" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0055" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0056" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0057" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0058" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0059" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0060" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0061" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0062" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0063" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0064" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0065" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0066" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0067" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0068" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0069" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0070" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0071" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0072" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0073" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0074" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0075" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0076" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0077" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0078" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0079" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0080" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0081" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0082" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0083" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0084" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0085" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0086" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0087" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0088" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0089" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0090" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0091" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0092" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0093" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0094" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0095" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0096" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0097" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0098" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0099" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0100" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0101" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0102" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0103" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0104" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0105" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0106" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0107" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0108" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0109" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0110" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0111" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0112" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0113" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0114" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0115" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0116" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0117" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0118" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0119" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0120" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0121" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0122" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0123" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0124" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0125" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0126" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0127" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0128" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0129" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0130" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0131" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0132" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0133" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0134" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0135" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0136" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0137" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0138" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0139" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0140" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0141" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0142" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0143" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0144" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0145" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0146" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0147" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0148" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0149" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0150" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0151" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0152" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0153" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0154" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0155" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0156" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0157" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0158" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0159" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0160" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0161" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0162" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0163" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0164" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0165" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0166" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0167" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0168" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0169" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0170" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0171" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0172" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0173" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0174" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0175" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0176" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0177" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0178" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0179" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0180" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0181" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0182" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0183" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0184" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0185" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0186" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0187" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0188" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0189" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0190" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0191" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0192" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0193" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0194" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0195" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0196" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0197" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0198" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0199" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0200" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0201" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0202" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0203" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0204" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0205" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0206" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0207" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0208" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0209" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0210" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0211" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0212" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0213" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0214" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0215" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0216" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0217" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0218" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0219" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0220" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0221" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0222" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0223" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0224" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0225" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0226" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0227" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0228" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0229" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0230" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0231" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0232" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0233" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0234" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0235" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0236" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0237" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0238" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0239" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0240" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0241" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0242" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0243" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0244" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0245" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0246" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0247" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0248" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0249" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0250" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0251" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0252" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0253" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0254" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0255" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0256" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0257" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0258" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0259" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0260" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0261" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0262" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0263" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0264" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0265" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0266" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0267" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0268" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0269" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0270" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0271" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0272" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0273" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0274" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0275" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0276" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0277" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0278" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0279" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0280" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0281" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0282" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0283" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0284" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0285" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0286" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0287" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0288" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0289" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0290" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0291" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0292" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0293" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0294" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0295" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0296" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0297" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0298" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0299" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0300" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0301" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0302" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0303" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0304" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0305" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0306" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0307" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0308" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0309" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0310" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0311" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0312" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0313" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0314" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0315" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0316" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0317" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0318" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0319" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0320" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0321" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0322" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0323" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0324" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0325" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0326" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0327" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0328" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0329" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0330" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0331" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0332" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0333" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0334" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0335" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0336" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0337" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0338" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0339" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0340" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0341" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0342" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0343" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0344" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0345" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0346" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0347" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0348" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0349" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0350" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0351" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0352" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0353" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0354" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0355" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0356" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0357" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0358" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0359" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0360" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0361" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0362" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0363" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0364" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0365" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0366" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0367" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0368" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0369" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0370" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0371" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0372" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0373" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0374" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0375" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0376" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0377" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0378" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0379" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0380" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0381" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0382" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0383" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0384" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0385" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0386" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0387" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0388" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0389" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0390" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0391" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0392" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0393" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0394" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0395" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0396" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0397" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0398" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0399" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0400" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0401" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0402" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0403" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0404" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0405" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0406" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0407" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0408" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0409" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0410" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0411" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0412" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0413" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0414" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0415" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0416" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0417" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0418" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0419" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0420" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0421" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0422" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0423" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0424" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0425" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0426" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0427" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0428" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0429" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0430" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0431" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0432" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0433" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0434" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0435" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0436" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0437" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0438" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0439" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0440" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0441" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0442" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0443" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0444" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0445" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0446" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0447" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0448" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0449" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0450" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0451" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0452" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0453" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0454" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0455" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0456" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0457" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0458" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0459" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0460" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0461" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0462" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0463" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0464" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0465" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0466" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0467" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0468" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0469" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0470" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0471" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0472" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0473" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0474" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0475" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0476" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0477" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0478" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0479" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0480" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0481" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0482" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0483" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0484" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0485" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0486" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0487" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0488" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0489" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0490" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0491" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0492" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0493" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0494" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0495" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0496" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0497" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0498" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0499" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0500" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0501" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0502" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0503" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0504" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0505" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0506" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0507" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0508" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0509" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0510" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0511" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0512" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0513" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0514" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0515" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0516" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0517" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0518" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0519" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0520" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0521" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0522" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0523" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0524" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0525" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0526" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0527" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0528" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0529" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0530" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0531" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0532" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0533" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0534" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0535" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0536" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0537" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0538" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0539" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0540" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0541" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0542" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0543" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0544" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0545" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0546" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0547" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0548" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0549" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0550" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0551" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0552" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0553" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0554" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0555" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0556" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0557" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0558" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0559" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0560" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0561" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0562" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0563" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0564" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0565" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0566" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0567" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0568" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0569" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0570" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0571" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0572" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0573" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0574" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0575" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0576" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0577" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0578" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0579" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0580" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0581" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0582" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0583" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0584" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0585" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0586" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0587" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0588" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0589" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0590" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0591" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0592" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0593" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0594" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0595" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0596" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0597" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0598" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0599" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0600" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0601" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0602" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0603" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0604" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0605" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0606" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0607" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0608" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0609" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0610" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0611" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0612" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0613" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0614" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0615" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0616" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0617" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0618" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0619" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0620" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0621" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0622" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0623" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0624" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0625" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0626" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0627" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0628" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0629" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0630" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0631" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0632" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0633" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0634" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0635" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0636" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0637" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0638" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0639" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0640" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0641" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0642" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0643" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0644" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0645" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0646" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0647" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0648" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0649" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0650" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0651" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0652" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0653" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0654" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0655" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0656" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0657" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0658" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0659" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0660" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0661" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0662" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0663" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0664" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0665" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0666" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0667" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0668" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0669" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0670" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0671" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0672" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0673" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0674" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0675" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0676" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0677" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0678" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0679" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0680" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0681" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0682" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0683" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0684" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0685" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0686" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0687" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0688" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0689" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0690" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0691" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0692" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0693" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0694" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0695" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0696" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0697" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0698" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0699" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0700" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0701" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0702" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0703" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0704" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0705" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0706" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0707" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0708" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0709" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0710" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0711" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0712" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0713" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0714" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0715" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0716" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0717" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0718" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0719" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0720" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0721" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0722" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0723" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0724" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0725" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0726" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0727" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0728" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0729" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0730" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0731" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0732" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0733" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0734" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0735" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0736" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0737" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0738" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0739" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0740" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0741" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0742" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0743" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0744" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0745" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0746" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0747" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0748" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0749" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0750" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0751" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0752" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0753" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0754" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0755" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0756" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0757" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0758" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0759" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0760" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0761" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0762" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0763" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0764" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0765" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0766" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0767" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0768" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0769" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0770" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0771" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0772" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0773" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0774" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0775" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0776" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0777" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0778" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0779" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0780" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0781" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0782" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0783" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0784" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0785" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0786" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0787" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0788" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0789" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0790" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0791" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0792" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0793" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0794" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0795" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0796" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0797" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0798" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0799" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0800" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0801" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0802" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0803" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0804" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0805" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0806" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0807" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0808" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0809" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0810" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0811" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0812" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0813" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0814" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0815" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0816" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0817" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0818" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0819" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0820" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0821" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0822" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0823" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0824" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0825" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0826" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0827" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0828" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0829" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0830" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0831" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0832" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0833" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0834" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0835" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0836" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0837" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0838" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0839" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0840" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0841" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0842" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0843" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0844" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0845" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0846" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0847" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0848" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0849" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0850" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0851" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0852" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0853" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0854" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0855" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0856" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0857" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0858" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0859" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0860" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0861" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0862" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0863" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0864" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0865" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0866" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0867" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0868" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0869" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0870" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0871" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0872" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0873" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0874" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0875" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0876" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0877" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0878" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0879" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0880" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0881" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0882" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0883" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0884" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0885" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0886" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0887" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0888" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0889" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0890" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0891" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0892" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0893" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0894" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0895" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0896" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0897" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0898" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0899" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0900" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0901" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0902" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0903" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0904" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0905" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0906" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0907" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0908" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0909" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0910" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0911" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0912" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0913" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0914" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0915" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0916" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0917" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0918" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0919" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0920" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0921" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0922" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0923" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0924" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0925" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0926" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0927" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0928" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0929" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0930" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0931" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0932" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0933" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0934" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0935" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0936" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0937" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0938" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0939" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0940" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0941" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0942" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0943" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0944" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0945" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0946" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0947" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0948" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0949" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0950" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0951" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0952" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0953" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0954" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0955" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0956" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0957" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0958" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0959" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0960" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0961" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0962" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0963" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0964" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0965" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0966" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0967" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0968" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0969" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0970" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0971" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0972" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0973" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0974" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0975" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0976" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0977" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0978" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0979" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0980" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0981" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0982" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0983" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0984" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0985" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0986" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0987" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0988" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0989" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0990" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0991" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0992" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0993" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0994" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0995" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0996" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0997" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0998" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_0999" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "t_1000" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(120) NOT NULL,
	"description" text,
	"amount" numeric(12,2) DEFAULT '0' NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"external_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "bench_kind" DEFAULT 'alpha'::"bench_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "t_0001_ext_uq" ON "t_0001" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0001_parent_idx" ON "t_0001" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0002_ext_uq" ON "t_0002" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0002_parent_idx" ON "t_0002" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0003_ext_uq" ON "t_0003" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0003_parent_idx" ON "t_0003" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0004_ext_uq" ON "t_0004" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0004_parent_idx" ON "t_0004" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0005_ext_uq" ON "t_0005" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0005_parent_idx" ON "t_0005" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0006_ext_uq" ON "t_0006" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0006_parent_idx" ON "t_0006" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0007_ext_uq" ON "t_0007" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0007_parent_idx" ON "t_0007" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0008_ext_uq" ON "t_0008" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0008_parent_idx" ON "t_0008" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0009_ext_uq" ON "t_0009" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0009_parent_idx" ON "t_0009" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0010_ext_uq" ON "t_0010" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0010_parent_idx" ON "t_0010" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0011_ext_uq" ON "t_0011" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0011_parent_idx" ON "t_0011" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0012_ext_uq" ON "t_0012" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0012_parent_idx" ON "t_0012" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0013_ext_uq" ON "t_0013" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0013_parent_idx" ON "t_0013" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0014_ext_uq" ON "t_0014" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0014_parent_idx" ON "t_0014" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0015_ext_uq" ON "t_0015" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0015_parent_idx" ON "t_0015" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0016_ext_uq" ON "t_0016" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0016_parent_idx" ON "t_0016" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0017_ext_uq" ON "t_0017" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0017_parent_idx" ON "t_0017" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0018_ext_uq" ON "t_0018" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0018_parent_idx" ON "t_0018" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0019_ext_uq" ON "t_0019" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0019_parent_idx" ON "t_0019" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0020_ext_uq" ON "t_0020" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0020_parent_idx" ON "t_0020" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0021_ext_uq" ON "t_0021" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0021_parent_idx" ON "t_0021" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0022_ext_uq" ON "t_0022" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0022_parent_idx" ON "t_0022" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0023_ext_uq" ON "t_0023" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0023_parent_idx" ON "t_0023" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0024_ext_uq" ON "t_0024" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0024_parent_idx" ON "t_0024" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0025_ext_uq" ON "t_0025" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0025_parent_idx" ON "t_0025" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0026_ext_uq" ON "t_0026" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0026_parent_idx" ON "t_0026" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0027_ext_uq" ON "t_0027" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0027_parent_idx" ON "t_0027" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0028_ext_uq" ON "t_0028" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0028_parent_idx" ON "t_0028" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0029_ext_uq" ON "t_0029" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0029_parent_idx" ON "t_0029" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0030_ext_uq" ON "t_0030" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0030_parent_idx" ON "t_0030" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0031_ext_uq" ON "t_0031" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0031_parent_idx" ON "t_0031" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0032_ext_uq" ON "t_0032" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0032_parent_idx" ON "t_0032" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0033_ext_uq" ON "t_0033" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0033_parent_idx" ON "t_0033" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0034_ext_uq" ON "t_0034" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0034_parent_idx" ON "t_0034" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0035_ext_uq" ON "t_0035" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0035_parent_idx" ON "t_0035" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0036_ext_uq" ON "t_0036" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0036_parent_idx" ON "t_0036" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0037_ext_uq" ON "t_0037" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0037_parent_idx" ON "t_0037" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0038_ext_uq" ON "t_0038" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0038_parent_idx" ON "t_0038" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0039_ext_uq" ON "t_0039" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0039_parent_idx" ON "t_0039" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0040_ext_uq" ON "t_0040" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0040_parent_idx" ON "t_0040" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0041_ext_uq" ON "t_0041" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0041_parent_idx" ON "t_0041" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0042_ext_uq" ON "t_0042" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0042_parent_idx" ON "t_0042" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0043_ext_uq" ON "t_0043" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0043_parent_idx" ON "t_0043" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0044_ext_uq" ON "t_0044" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0044_parent_idx" ON "t_0044" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0045_ext_uq" ON "t_0045" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0045_parent_idx" ON "t_0045" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0046_ext_uq" ON "t_0046" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0046_parent_idx" ON "t_0046" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0047_ext_uq" ON "t_0047" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0047_parent_idx" ON "t_0047" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0048_ext_uq" ON "t_0048" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0048_parent_idx" ON "t_0048" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0049_ext_uq" ON "t_0049" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0049_parent_idx" ON "t_0049" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0050_ext_uq" ON "t_0050" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0050_parent_idx" ON "t_0050" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0051_ext_uq" ON "t_0051" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0051_parent_idx" ON "t_0051" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0052_ext_uq" ON "t_0052" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0052_parent_idx" ON "t_0052" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0053_ext_uq" ON "t_0053" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0053_parent_idx" ON "t_0053" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0054_ext_uq" ON "t_0054" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0054_parent_idx" ON "t_0054" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0055_ext_uq" ON "t_0055" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0055_parent_idx" ON "t_0055" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0056_ext_uq" ON "t_0056" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0056_parent_idx" ON "t_0056" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0057_ext_uq" ON "t_0057" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0057_parent_idx" ON "t_0057" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0058_ext_uq" ON "t_0058" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0058_parent_idx" ON "t_0058" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0059_ext_uq" ON "t_0059" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0059_parent_idx" ON "t_0059" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0060_ext_uq" ON "t_0060" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0060_parent_idx" ON "t_0060" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0061_ext_uq" ON "t_0061" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0061_parent_idx" ON "t_0061" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0062_ext_uq" ON "t_0062" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0062_parent_idx" ON "t_0062" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0063_ext_uq" ON "t_0063" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0063_parent_idx" ON "t_0063" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0064_ext_uq" ON "t_0064" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0064_parent_idx" ON "t_0064" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0065_ext_uq" ON "t_0065" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0065_parent_idx" ON "t_0065" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0066_ext_uq" ON "t_0066" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0066_parent_idx" ON "t_0066" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0067_ext_uq" ON "t_0067" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0067_parent_idx" ON "t_0067" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0068_ext_uq" ON "t_0068" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0068_parent_idx" ON "t_0068" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0069_ext_uq" ON "t_0069" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0069_parent_idx" ON "t_0069" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0070_ext_uq" ON "t_0070" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0070_parent_idx" ON "t_0070" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0071_ext_uq" ON "t_0071" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0071_parent_idx" ON "t_0071" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0072_ext_uq" ON "t_0072" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0072_parent_idx" ON "t_0072" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0073_ext_uq" ON "t_0073" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0073_parent_idx" ON "t_0073" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0074_ext_uq" ON "t_0074" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0074_parent_idx" ON "t_0074" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0075_ext_uq" ON "t_0075" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0075_parent_idx" ON "t_0075" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0076_ext_uq" ON "t_0076" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0076_parent_idx" ON "t_0076" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0077_ext_uq" ON "t_0077" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0077_parent_idx" ON "t_0077" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0078_ext_uq" ON "t_0078" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0078_parent_idx" ON "t_0078" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0079_ext_uq" ON "t_0079" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0079_parent_idx" ON "t_0079" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0080_ext_uq" ON "t_0080" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0080_parent_idx" ON "t_0080" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0081_ext_uq" ON "t_0081" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0081_parent_idx" ON "t_0081" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0082_ext_uq" ON "t_0082" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0082_parent_idx" ON "t_0082" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0083_ext_uq" ON "t_0083" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0083_parent_idx" ON "t_0083" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0084_ext_uq" ON "t_0084" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0084_parent_idx" ON "t_0084" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0085_ext_uq" ON "t_0085" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0085_parent_idx" ON "t_0085" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0086_ext_uq" ON "t_0086" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0086_parent_idx" ON "t_0086" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0087_ext_uq" ON "t_0087" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0087_parent_idx" ON "t_0087" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0088_ext_uq" ON "t_0088" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0088_parent_idx" ON "t_0088" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0089_ext_uq" ON "t_0089" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0089_parent_idx" ON "t_0089" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0090_ext_uq" ON "t_0090" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0090_parent_idx" ON "t_0090" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0091_ext_uq" ON "t_0091" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0091_parent_idx" ON "t_0091" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0092_ext_uq" ON "t_0092" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0092_parent_idx" ON "t_0092" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0093_ext_uq" ON "t_0093" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0093_parent_idx" ON "t_0093" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0094_ext_uq" ON "t_0094" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0094_parent_idx" ON "t_0094" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0095_ext_uq" ON "t_0095" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0095_parent_idx" ON "t_0095" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0096_ext_uq" ON "t_0096" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0096_parent_idx" ON "t_0096" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0097_ext_uq" ON "t_0097" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0097_parent_idx" ON "t_0097" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0098_ext_uq" ON "t_0098" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0098_parent_idx" ON "t_0098" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0099_ext_uq" ON "t_0099" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0099_parent_idx" ON "t_0099" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0100_ext_uq" ON "t_0100" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0100_parent_idx" ON "t_0100" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0101_ext_uq" ON "t_0101" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0101_parent_idx" ON "t_0101" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0102_ext_uq" ON "t_0102" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0102_parent_idx" ON "t_0102" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0103_ext_uq" ON "t_0103" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0103_parent_idx" ON "t_0103" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0104_ext_uq" ON "t_0104" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0104_parent_idx" ON "t_0104" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0105_ext_uq" ON "t_0105" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0105_parent_idx" ON "t_0105" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0106_ext_uq" ON "t_0106" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0106_parent_idx" ON "t_0106" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0107_ext_uq" ON "t_0107" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0107_parent_idx" ON "t_0107" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0108_ext_uq" ON "t_0108" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0108_parent_idx" ON "t_0108" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0109_ext_uq" ON "t_0109" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0109_parent_idx" ON "t_0109" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0110_ext_uq" ON "t_0110" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0110_parent_idx" ON "t_0110" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0111_ext_uq" ON "t_0111" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0111_parent_idx" ON "t_0111" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0112_ext_uq" ON "t_0112" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0112_parent_idx" ON "t_0112" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0113_ext_uq" ON "t_0113" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0113_parent_idx" ON "t_0113" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0114_ext_uq" ON "t_0114" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0114_parent_idx" ON "t_0114" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0115_ext_uq" ON "t_0115" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0115_parent_idx" ON "t_0115" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0116_ext_uq" ON "t_0116" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0116_parent_idx" ON "t_0116" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0117_ext_uq" ON "t_0117" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0117_parent_idx" ON "t_0117" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0118_ext_uq" ON "t_0118" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0118_parent_idx" ON "t_0118" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0119_ext_uq" ON "t_0119" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0119_parent_idx" ON "t_0119" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0120_ext_uq" ON "t_0120" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0120_parent_idx" ON "t_0120" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0121_ext_uq" ON "t_0121" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0121_parent_idx" ON "t_0121" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0122_ext_uq" ON "t_0122" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0122_parent_idx" ON "t_0122" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0123_ext_uq" ON "t_0123" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0123_parent_idx" ON "t_0123" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0124_ext_uq" ON "t_0124" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0124_parent_idx" ON "t_0124" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0125_ext_uq" ON "t_0125" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0125_parent_idx" ON "t_0125" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0126_ext_uq" ON "t_0126" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0126_parent_idx" ON "t_0126" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0127_ext_uq" ON "t_0127" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0127_parent_idx" ON "t_0127" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0128_ext_uq" ON "t_0128" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0128_parent_idx" ON "t_0128" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0129_ext_uq" ON "t_0129" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0129_parent_idx" ON "t_0129" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0130_ext_uq" ON "t_0130" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0130_parent_idx" ON "t_0130" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0131_ext_uq" ON "t_0131" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0131_parent_idx" ON "t_0131" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0132_ext_uq" ON "t_0132" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0132_parent_idx" ON "t_0132" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0133_ext_uq" ON "t_0133" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0133_parent_idx" ON "t_0133" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0134_ext_uq" ON "t_0134" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0134_parent_idx" ON "t_0134" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0135_ext_uq" ON "t_0135" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0135_parent_idx" ON "t_0135" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0136_ext_uq" ON "t_0136" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0136_parent_idx" ON "t_0136" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0137_ext_uq" ON "t_0137" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0137_parent_idx" ON "t_0137" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0138_ext_uq" ON "t_0138" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0138_parent_idx" ON "t_0138" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0139_ext_uq" ON "t_0139" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0139_parent_idx" ON "t_0139" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0140_ext_uq" ON "t_0140" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0140_parent_idx" ON "t_0140" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0141_ext_uq" ON "t_0141" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0141_parent_idx" ON "t_0141" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0142_ext_uq" ON "t_0142" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0142_parent_idx" ON "t_0142" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0143_ext_uq" ON "t_0143" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0143_parent_idx" ON "t_0143" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0144_ext_uq" ON "t_0144" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0144_parent_idx" ON "t_0144" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0145_ext_uq" ON "t_0145" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0145_parent_idx" ON "t_0145" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0146_ext_uq" ON "t_0146" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0146_parent_idx" ON "t_0146" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0147_ext_uq" ON "t_0147" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0147_parent_idx" ON "t_0147" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0148_ext_uq" ON "t_0148" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0148_parent_idx" ON "t_0148" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0149_ext_uq" ON "t_0149" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0149_parent_idx" ON "t_0149" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0150_ext_uq" ON "t_0150" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0150_parent_idx" ON "t_0150" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0151_ext_uq" ON "t_0151" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0151_parent_idx" ON "t_0151" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0152_ext_uq" ON "t_0152" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0152_parent_idx" ON "t_0152" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0153_ext_uq" ON "t_0153" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0153_parent_idx" ON "t_0153" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0154_ext_uq" ON "t_0154" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0154_parent_idx" ON "t_0154" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0155_ext_uq" ON "t_0155" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0155_parent_idx" ON "t_0155" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0156_ext_uq" ON "t_0156" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0156_parent_idx" ON "t_0156" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0157_ext_uq" ON "t_0157" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0157_parent_idx" ON "t_0157" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0158_ext_uq" ON "t_0158" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0158_parent_idx" ON "t_0158" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0159_ext_uq" ON "t_0159" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0159_parent_idx" ON "t_0159" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0160_ext_uq" ON "t_0160" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0160_parent_idx" ON "t_0160" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0161_ext_uq" ON "t_0161" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0161_parent_idx" ON "t_0161" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0162_ext_uq" ON "t_0162" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0162_parent_idx" ON "t_0162" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0163_ext_uq" ON "t_0163" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0163_parent_idx" ON "t_0163" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0164_ext_uq" ON "t_0164" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0164_parent_idx" ON "t_0164" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0165_ext_uq" ON "t_0165" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0165_parent_idx" ON "t_0165" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0166_ext_uq" ON "t_0166" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0166_parent_idx" ON "t_0166" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0167_ext_uq" ON "t_0167" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0167_parent_idx" ON "t_0167" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0168_ext_uq" ON "t_0168" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0168_parent_idx" ON "t_0168" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0169_ext_uq" ON "t_0169" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0169_parent_idx" ON "t_0169" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0170_ext_uq" ON "t_0170" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0170_parent_idx" ON "t_0170" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0171_ext_uq" ON "t_0171" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0171_parent_idx" ON "t_0171" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0172_ext_uq" ON "t_0172" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0172_parent_idx" ON "t_0172" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0173_ext_uq" ON "t_0173" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0173_parent_idx" ON "t_0173" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0174_ext_uq" ON "t_0174" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0174_parent_idx" ON "t_0174" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0175_ext_uq" ON "t_0175" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0175_parent_idx" ON "t_0175" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0176_ext_uq" ON "t_0176" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0176_parent_idx" ON "t_0176" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0177_ext_uq" ON "t_0177" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0177_parent_idx" ON "t_0177" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0178_ext_uq" ON "t_0178" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0178_parent_idx" ON "t_0178" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0179_ext_uq" ON "t_0179" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0179_parent_idx" ON "t_0179" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0180_ext_uq" ON "t_0180" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0180_parent_idx" ON "t_0180" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0181_ext_uq" ON "t_0181" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0181_parent_idx" ON "t_0181" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0182_ext_uq" ON "t_0182" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0182_parent_idx" ON "t_0182" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0183_ext_uq" ON "t_0183" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0183_parent_idx" ON "t_0183" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0184_ext_uq" ON "t_0184" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0184_parent_idx" ON "t_0184" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0185_ext_uq" ON "t_0185" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0185_parent_idx" ON "t_0185" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0186_ext_uq" ON "t_0186" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0186_parent_idx" ON "t_0186" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0187_ext_uq" ON "t_0187" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0187_parent_idx" ON "t_0187" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0188_ext_uq" ON "t_0188" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0188_parent_idx" ON "t_0188" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0189_ext_uq" ON "t_0189" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0189_parent_idx" ON "t_0189" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0190_ext_uq" ON "t_0190" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0190_parent_idx" ON "t_0190" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0191_ext_uq" ON "t_0191" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0191_parent_idx" ON "t_0191" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0192_ext_uq" ON "t_0192" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0192_parent_idx" ON "t_0192" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0193_ext_uq" ON "t_0193" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0193_parent_idx" ON "t_0193" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0194_ext_uq" ON "t_0194" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0194_parent_idx" ON "t_0194" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0195_ext_uq" ON "t_0195" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0195_parent_idx" ON "t_0195" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0196_ext_uq" ON "t_0196" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0196_parent_idx" ON "t_0196" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0197_ext_uq" ON "t_0197" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0197_parent_idx" ON "t_0197" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0198_ext_uq" ON "t_0198" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0198_parent_idx" ON "t_0198" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0199_ext_uq" ON "t_0199" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0199_parent_idx" ON "t_0199" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0200_ext_uq" ON "t_0200" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0200_parent_idx" ON "t_0200" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0201_ext_uq" ON "t_0201" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0201_parent_idx" ON "t_0201" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0202_ext_uq" ON "t_0202" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0202_parent_idx" ON "t_0202" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0203_ext_uq" ON "t_0203" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0203_parent_idx" ON "t_0203" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0204_ext_uq" ON "t_0204" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0204_parent_idx" ON "t_0204" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0205_ext_uq" ON "t_0205" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0205_parent_idx" ON "t_0205" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0206_ext_uq" ON "t_0206" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0206_parent_idx" ON "t_0206" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0207_ext_uq" ON "t_0207" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0207_parent_idx" ON "t_0207" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0208_ext_uq" ON "t_0208" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0208_parent_idx" ON "t_0208" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0209_ext_uq" ON "t_0209" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0209_parent_idx" ON "t_0209" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0210_ext_uq" ON "t_0210" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0210_parent_idx" ON "t_0210" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0211_ext_uq" ON "t_0211" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0211_parent_idx" ON "t_0211" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0212_ext_uq" ON "t_0212" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0212_parent_idx" ON "t_0212" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0213_ext_uq" ON "t_0213" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0213_parent_idx" ON "t_0213" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0214_ext_uq" ON "t_0214" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0214_parent_idx" ON "t_0214" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0215_ext_uq" ON "t_0215" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0215_parent_idx" ON "t_0215" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0216_ext_uq" ON "t_0216" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0216_parent_idx" ON "t_0216" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0217_ext_uq" ON "t_0217" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0217_parent_idx" ON "t_0217" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0218_ext_uq" ON "t_0218" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0218_parent_idx" ON "t_0218" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0219_ext_uq" ON "t_0219" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0219_parent_idx" ON "t_0219" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0220_ext_uq" ON "t_0220" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0220_parent_idx" ON "t_0220" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0221_ext_uq" ON "t_0221" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0221_parent_idx" ON "t_0221" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0222_ext_uq" ON "t_0222" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0222_parent_idx" ON "t_0222" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0223_ext_uq" ON "t_0223" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0223_parent_idx" ON "t_0223" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0224_ext_uq" ON "t_0224" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0224_parent_idx" ON "t_0224" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0225_ext_uq" ON "t_0225" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0225_parent_idx" ON "t_0225" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0226_ext_uq" ON "t_0226" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0226_parent_idx" ON "t_0226" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0227_ext_uq" ON "t_0227" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0227_parent_idx" ON "t_0227" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0228_ext_uq" ON "t_0228" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0228_parent_idx" ON "t_0228" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0229_ext_uq" ON "t_0229" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0229_parent_idx" ON "t_0229" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0230_ext_uq" ON "t_0230" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0230_parent_idx" ON "t_0230" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0231_ext_uq" ON "t_0231" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0231_parent_idx" ON "t_0231" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0232_ext_uq" ON "t_0232" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0232_parent_idx" ON "t_0232" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0233_ext_uq" ON "t_0233" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0233_parent_idx" ON "t_0233" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0234_ext_uq" ON "t_0234" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0234_parent_idx" ON "t_0234" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0235_ext_uq" ON "t_0235" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0235_parent_idx" ON "t_0235" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0236_ext_uq" ON "t_0236" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0236_parent_idx" ON "t_0236" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0237_ext_uq" ON "t_0237" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0237_parent_idx" ON "t_0237" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0238_ext_uq" ON "t_0238" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0238_parent_idx" ON "t_0238" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0239_ext_uq" ON "t_0239" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0239_parent_idx" ON "t_0239" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0240_ext_uq" ON "t_0240" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0240_parent_idx" ON "t_0240" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0241_ext_uq" ON "t_0241" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0241_parent_idx" ON "t_0241" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0242_ext_uq" ON "t_0242" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0242_parent_idx" ON "t_0242" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0243_ext_uq" ON "t_0243" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0243_parent_idx" ON "t_0243" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0244_ext_uq" ON "t_0244" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0244_parent_idx" ON "t_0244" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0245_ext_uq" ON "t_0245" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0245_parent_idx" ON "t_0245" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0246_ext_uq" ON "t_0246" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0246_parent_idx" ON "t_0246" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0247_ext_uq" ON "t_0247" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0247_parent_idx" ON "t_0247" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0248_ext_uq" ON "t_0248" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0248_parent_idx" ON "t_0248" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0249_ext_uq" ON "t_0249" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0249_parent_idx" ON "t_0249" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0250_ext_uq" ON "t_0250" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0250_parent_idx" ON "t_0250" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0251_ext_uq" ON "t_0251" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0251_parent_idx" ON "t_0251" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0252_ext_uq" ON "t_0252" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0252_parent_idx" ON "t_0252" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0253_ext_uq" ON "t_0253" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0253_parent_idx" ON "t_0253" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0254_ext_uq" ON "t_0254" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0254_parent_idx" ON "t_0254" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0255_ext_uq" ON "t_0255" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0255_parent_idx" ON "t_0255" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0256_ext_uq" ON "t_0256" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0256_parent_idx" ON "t_0256" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0257_ext_uq" ON "t_0257" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0257_parent_idx" ON "t_0257" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0258_ext_uq" ON "t_0258" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0258_parent_idx" ON "t_0258" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0259_ext_uq" ON "t_0259" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0259_parent_idx" ON "t_0259" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0260_ext_uq" ON "t_0260" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0260_parent_idx" ON "t_0260" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0261_ext_uq" ON "t_0261" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0261_parent_idx" ON "t_0261" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0262_ext_uq" ON "t_0262" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0262_parent_idx" ON "t_0262" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0263_ext_uq" ON "t_0263" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0263_parent_idx" ON "t_0263" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0264_ext_uq" ON "t_0264" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0264_parent_idx" ON "t_0264" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0265_ext_uq" ON "t_0265" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0265_parent_idx" ON "t_0265" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0266_ext_uq" ON "t_0266" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0266_parent_idx" ON "t_0266" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0267_ext_uq" ON "t_0267" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0267_parent_idx" ON "t_0267" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0268_ext_uq" ON "t_0268" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0268_parent_idx" ON "t_0268" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0269_ext_uq" ON "t_0269" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0269_parent_idx" ON "t_0269" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0270_ext_uq" ON "t_0270" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0270_parent_idx" ON "t_0270" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0271_ext_uq" ON "t_0271" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0271_parent_idx" ON "t_0271" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0272_ext_uq" ON "t_0272" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0272_parent_idx" ON "t_0272" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0273_ext_uq" ON "t_0273" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0273_parent_idx" ON "t_0273" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0274_ext_uq" ON "t_0274" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0274_parent_idx" ON "t_0274" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0275_ext_uq" ON "t_0275" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0275_parent_idx" ON "t_0275" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0276_ext_uq" ON "t_0276" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0276_parent_idx" ON "t_0276" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0277_ext_uq" ON "t_0277" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0277_parent_idx" ON "t_0277" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0278_ext_uq" ON "t_0278" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0278_parent_idx" ON "t_0278" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0279_ext_uq" ON "t_0279" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0279_parent_idx" ON "t_0279" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0280_ext_uq" ON "t_0280" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0280_parent_idx" ON "t_0280" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0281_ext_uq" ON "t_0281" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0281_parent_idx" ON "t_0281" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0282_ext_uq" ON "t_0282" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0282_parent_idx" ON "t_0282" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0283_ext_uq" ON "t_0283" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0283_parent_idx" ON "t_0283" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0284_ext_uq" ON "t_0284" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0284_parent_idx" ON "t_0284" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0285_ext_uq" ON "t_0285" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0285_parent_idx" ON "t_0285" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0286_ext_uq" ON "t_0286" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0286_parent_idx" ON "t_0286" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0287_ext_uq" ON "t_0287" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0287_parent_idx" ON "t_0287" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0288_ext_uq" ON "t_0288" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0288_parent_idx" ON "t_0288" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0289_ext_uq" ON "t_0289" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0289_parent_idx" ON "t_0289" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0290_ext_uq" ON "t_0290" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0290_parent_idx" ON "t_0290" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0291_ext_uq" ON "t_0291" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0291_parent_idx" ON "t_0291" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0292_ext_uq" ON "t_0292" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0292_parent_idx" ON "t_0292" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0293_ext_uq" ON "t_0293" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0293_parent_idx" ON "t_0293" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0294_ext_uq" ON "t_0294" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0294_parent_idx" ON "t_0294" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0295_ext_uq" ON "t_0295" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0295_parent_idx" ON "t_0295" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0296_ext_uq" ON "t_0296" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0296_parent_idx" ON "t_0296" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0297_ext_uq" ON "t_0297" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0297_parent_idx" ON "t_0297" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0298_ext_uq" ON "t_0298" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0298_parent_idx" ON "t_0298" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0299_ext_uq" ON "t_0299" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0299_parent_idx" ON "t_0299" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0300_ext_uq" ON "t_0300" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0300_parent_idx" ON "t_0300" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0301_ext_uq" ON "t_0301" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0301_parent_idx" ON "t_0301" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0302_ext_uq" ON "t_0302" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0302_parent_idx" ON "t_0302" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0303_ext_uq" ON "t_0303" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0303_parent_idx" ON "t_0303" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0304_ext_uq" ON "t_0304" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0304_parent_idx" ON "t_0304" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0305_ext_uq" ON "t_0305" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0305_parent_idx" ON "t_0305" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0306_ext_uq" ON "t_0306" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0306_parent_idx" ON "t_0306" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0307_ext_uq" ON "t_0307" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0307_parent_idx" ON "t_0307" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0308_ext_uq" ON "t_0308" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0308_parent_idx" ON "t_0308" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0309_ext_uq" ON "t_0309" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0309_parent_idx" ON "t_0309" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0310_ext_uq" ON "t_0310" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0310_parent_idx" ON "t_0310" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0311_ext_uq" ON "t_0311" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0311_parent_idx" ON "t_0311" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0312_ext_uq" ON "t_0312" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0312_parent_idx" ON "t_0312" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0313_ext_uq" ON "t_0313" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0313_parent_idx" ON "t_0313" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0314_ext_uq" ON "t_0314" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0314_parent_idx" ON "t_0314" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0315_ext_uq" ON "t_0315" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0315_parent_idx" ON "t_0315" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0316_ext_uq" ON "t_0316" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0316_parent_idx" ON "t_0316" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0317_ext_uq" ON "t_0317" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0317_parent_idx" ON "t_0317" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0318_ext_uq" ON "t_0318" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0318_parent_idx" ON "t_0318" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0319_ext_uq" ON "t_0319" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0319_parent_idx" ON "t_0319" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0320_ext_uq" ON "t_0320" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0320_parent_idx" ON "t_0320" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0321_ext_uq" ON "t_0321" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0321_parent_idx" ON "t_0321" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0322_ext_uq" ON "t_0322" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0322_parent_idx" ON "t_0322" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0323_ext_uq" ON "t_0323" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0323_parent_idx" ON "t_0323" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0324_ext_uq" ON "t_0324" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0324_parent_idx" ON "t_0324" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0325_ext_uq" ON "t_0325" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0325_parent_idx" ON "t_0325" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0326_ext_uq" ON "t_0326" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0326_parent_idx" ON "t_0326" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0327_ext_uq" ON "t_0327" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0327_parent_idx" ON "t_0327" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0328_ext_uq" ON "t_0328" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0328_parent_idx" ON "t_0328" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0329_ext_uq" ON "t_0329" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0329_parent_idx" ON "t_0329" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0330_ext_uq" ON "t_0330" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0330_parent_idx" ON "t_0330" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0331_ext_uq" ON "t_0331" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0331_parent_idx" ON "t_0331" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0332_ext_uq" ON "t_0332" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0332_parent_idx" ON "t_0332" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0333_ext_uq" ON "t_0333" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0333_parent_idx" ON "t_0333" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0334_ext_uq" ON "t_0334" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0334_parent_idx" ON "t_0334" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0335_ext_uq" ON "t_0335" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0335_parent_idx" ON "t_0335" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0336_ext_uq" ON "t_0336" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0336_parent_idx" ON "t_0336" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0337_ext_uq" ON "t_0337" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0337_parent_idx" ON "t_0337" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0338_ext_uq" ON "t_0338" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0338_parent_idx" ON "t_0338" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0339_ext_uq" ON "t_0339" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0339_parent_idx" ON "t_0339" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0340_ext_uq" ON "t_0340" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0340_parent_idx" ON "t_0340" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0341_ext_uq" ON "t_0341" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0341_parent_idx" ON "t_0341" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0342_ext_uq" ON "t_0342" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0342_parent_idx" ON "t_0342" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0343_ext_uq" ON "t_0343" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0343_parent_idx" ON "t_0343" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0344_ext_uq" ON "t_0344" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0344_parent_idx" ON "t_0344" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0345_ext_uq" ON "t_0345" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0345_parent_idx" ON "t_0345" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0346_ext_uq" ON "t_0346" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0346_parent_idx" ON "t_0346" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0347_ext_uq" ON "t_0347" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0347_parent_idx" ON "t_0347" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0348_ext_uq" ON "t_0348" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0348_parent_idx" ON "t_0348" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0349_ext_uq" ON "t_0349" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0349_parent_idx" ON "t_0349" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0350_ext_uq" ON "t_0350" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0350_parent_idx" ON "t_0350" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0351_ext_uq" ON "t_0351" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0351_parent_idx" ON "t_0351" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0352_ext_uq" ON "t_0352" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0352_parent_idx" ON "t_0352" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0353_ext_uq" ON "t_0353" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0353_parent_idx" ON "t_0353" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0354_ext_uq" ON "t_0354" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0354_parent_idx" ON "t_0354" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0355_ext_uq" ON "t_0355" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0355_parent_idx" ON "t_0355" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0356_ext_uq" ON "t_0356" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0356_parent_idx" ON "t_0356" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0357_ext_uq" ON "t_0357" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0357_parent_idx" ON "t_0357" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0358_ext_uq" ON "t_0358" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0358_parent_idx" ON "t_0358" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0359_ext_uq" ON "t_0359" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0359_parent_idx" ON "t_0359" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0360_ext_uq" ON "t_0360" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0360_parent_idx" ON "t_0360" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0361_ext_uq" ON "t_0361" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0361_parent_idx" ON "t_0361" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0362_ext_uq" ON "t_0362" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0362_parent_idx" ON "t_0362" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0363_ext_uq" ON "t_0363" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0363_parent_idx" ON "t_0363" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0364_ext_uq" ON "t_0364" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0364_parent_idx" ON "t_0364" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0365_ext_uq" ON "t_0365" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0365_parent_idx" ON "t_0365" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0366_ext_uq" ON "t_0366" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0366_parent_idx" ON "t_0366" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0367_ext_uq" ON "t_0367" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0367_parent_idx" ON "t_0367" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0368_ext_uq" ON "t_0368" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0368_parent_idx" ON "t_0368" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0369_ext_uq" ON "t_0369" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0369_parent_idx" ON "t_0369" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0370_ext_uq" ON "t_0370" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0370_parent_idx" ON "t_0370" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0371_ext_uq" ON "t_0371" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0371_parent_idx" ON "t_0371" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0372_ext_uq" ON "t_0372" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0372_parent_idx" ON "t_0372" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0373_ext_uq" ON "t_0373" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0373_parent_idx" ON "t_0373" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0374_ext_uq" ON "t_0374" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0374_parent_idx" ON "t_0374" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0375_ext_uq" ON "t_0375" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0375_parent_idx" ON "t_0375" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0376_ext_uq" ON "t_0376" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0376_parent_idx" ON "t_0376" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0377_ext_uq" ON "t_0377" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0377_parent_idx" ON "t_0377" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0378_ext_uq" ON "t_0378" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0378_parent_idx" ON "t_0378" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0379_ext_uq" ON "t_0379" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0379_parent_idx" ON "t_0379" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0380_ext_uq" ON "t_0380" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0380_parent_idx" ON "t_0380" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0381_ext_uq" ON "t_0381" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0381_parent_idx" ON "t_0381" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0382_ext_uq" ON "t_0382" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0382_parent_idx" ON "t_0382" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0383_ext_uq" ON "t_0383" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0383_parent_idx" ON "t_0383" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0384_ext_uq" ON "t_0384" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0384_parent_idx" ON "t_0384" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0385_ext_uq" ON "t_0385" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0385_parent_idx" ON "t_0385" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0386_ext_uq" ON "t_0386" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0386_parent_idx" ON "t_0386" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0387_ext_uq" ON "t_0387" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0387_parent_idx" ON "t_0387" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0388_ext_uq" ON "t_0388" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0388_parent_idx" ON "t_0388" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0389_ext_uq" ON "t_0389" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0389_parent_idx" ON "t_0389" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0390_ext_uq" ON "t_0390" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0390_parent_idx" ON "t_0390" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0391_ext_uq" ON "t_0391" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0391_parent_idx" ON "t_0391" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0392_ext_uq" ON "t_0392" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0392_parent_idx" ON "t_0392" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0393_ext_uq" ON "t_0393" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0393_parent_idx" ON "t_0393" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0394_ext_uq" ON "t_0394" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0394_parent_idx" ON "t_0394" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0395_ext_uq" ON "t_0395" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0395_parent_idx" ON "t_0395" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0396_ext_uq" ON "t_0396" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0396_parent_idx" ON "t_0396" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0397_ext_uq" ON "t_0397" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0397_parent_idx" ON "t_0397" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0398_ext_uq" ON "t_0398" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0398_parent_idx" ON "t_0398" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0399_ext_uq" ON "t_0399" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0399_parent_idx" ON "t_0399" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0400_ext_uq" ON "t_0400" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0400_parent_idx" ON "t_0400" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0401_ext_uq" ON "t_0401" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0401_parent_idx" ON "t_0401" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0402_ext_uq" ON "t_0402" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0402_parent_idx" ON "t_0402" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0403_ext_uq" ON "t_0403" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0403_parent_idx" ON "t_0403" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0404_ext_uq" ON "t_0404" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0404_parent_idx" ON "t_0404" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0405_ext_uq" ON "t_0405" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0405_parent_idx" ON "t_0405" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0406_ext_uq" ON "t_0406" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0406_parent_idx" ON "t_0406" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0407_ext_uq" ON "t_0407" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0407_parent_idx" ON "t_0407" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0408_ext_uq" ON "t_0408" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0408_parent_idx" ON "t_0408" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0409_ext_uq" ON "t_0409" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0409_parent_idx" ON "t_0409" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0410_ext_uq" ON "t_0410" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0410_parent_idx" ON "t_0410" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0411_ext_uq" ON "t_0411" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0411_parent_idx" ON "t_0411" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0412_ext_uq" ON "t_0412" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0412_parent_idx" ON "t_0412" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0413_ext_uq" ON "t_0413" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0413_parent_idx" ON "t_0413" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0414_ext_uq" ON "t_0414" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0414_parent_idx" ON "t_0414" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0415_ext_uq" ON "t_0415" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0415_parent_idx" ON "t_0415" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0416_ext_uq" ON "t_0416" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0416_parent_idx" ON "t_0416" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0417_ext_uq" ON "t_0417" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0417_parent_idx" ON "t_0417" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0418_ext_uq" ON "t_0418" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0418_parent_idx" ON "t_0418" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0419_ext_uq" ON "t_0419" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0419_parent_idx" ON "t_0419" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0420_ext_uq" ON "t_0420" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0420_parent_idx" ON "t_0420" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0421_ext_uq" ON "t_0421" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0421_parent_idx" ON "t_0421" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0422_ext_uq" ON "t_0422" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0422_parent_idx" ON "t_0422" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0423_ext_uq" ON "t_0423" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0423_parent_idx" ON "t_0423" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0424_ext_uq" ON "t_0424" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0424_parent_idx" ON "t_0424" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0425_ext_uq" ON "t_0425" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0425_parent_idx" ON "t_0425" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0426_ext_uq" ON "t_0426" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0426_parent_idx" ON "t_0426" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0427_ext_uq" ON "t_0427" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0427_parent_idx" ON "t_0427" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0428_ext_uq" ON "t_0428" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0428_parent_idx" ON "t_0428" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0429_ext_uq" ON "t_0429" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0429_parent_idx" ON "t_0429" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0430_ext_uq" ON "t_0430" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0430_parent_idx" ON "t_0430" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0431_ext_uq" ON "t_0431" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0431_parent_idx" ON "t_0431" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0432_ext_uq" ON "t_0432" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0432_parent_idx" ON "t_0432" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0433_ext_uq" ON "t_0433" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0433_parent_idx" ON "t_0433" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0434_ext_uq" ON "t_0434" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0434_parent_idx" ON "t_0434" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0435_ext_uq" ON "t_0435" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0435_parent_idx" ON "t_0435" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0436_ext_uq" ON "t_0436" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0436_parent_idx" ON "t_0436" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0437_ext_uq" ON "t_0437" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0437_parent_idx" ON "t_0437" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0438_ext_uq" ON "t_0438" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0438_parent_idx" ON "t_0438" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0439_ext_uq" ON "t_0439" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0439_parent_idx" ON "t_0439" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0440_ext_uq" ON "t_0440" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0440_parent_idx" ON "t_0440" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0441_ext_uq" ON "t_0441" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0441_parent_idx" ON "t_0441" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0442_ext_uq" ON "t_0442" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0442_parent_idx" ON "t_0442" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0443_ext_uq" ON "t_0443" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0443_parent_idx" ON "t_0443" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0444_ext_uq" ON "t_0444" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0444_parent_idx" ON "t_0444" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0445_ext_uq" ON "t_0445" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0445_parent_idx" ON "t_0445" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0446_ext_uq" ON "t_0446" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0446_parent_idx" ON "t_0446" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0447_ext_uq" ON "t_0447" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0447_parent_idx" ON "t_0447" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0448_ext_uq" ON "t_0448" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0448_parent_idx" ON "t_0448" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0449_ext_uq" ON "t_0449" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0449_parent_idx" ON "t_0449" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0450_ext_uq" ON "t_0450" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0450_parent_idx" ON "t_0450" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0451_ext_uq" ON "t_0451" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0451_parent_idx" ON "t_0451" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0452_ext_uq" ON "t_0452" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0452_parent_idx" ON "t_0452" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0453_ext_uq" ON "t_0453" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0453_parent_idx" ON "t_0453" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0454_ext_uq" ON "t_0454" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0454_parent_idx" ON "t_0454" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0455_ext_uq" ON "t_0455" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0455_parent_idx" ON "t_0455" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0456_ext_uq" ON "t_0456" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0456_parent_idx" ON "t_0456" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0457_ext_uq" ON "t_0457" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0457_parent_idx" ON "t_0457" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0458_ext_uq" ON "t_0458" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0458_parent_idx" ON "t_0458" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0459_ext_uq" ON "t_0459" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0459_parent_idx" ON "t_0459" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0460_ext_uq" ON "t_0460" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0460_parent_idx" ON "t_0460" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0461_ext_uq" ON "t_0461" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0461_parent_idx" ON "t_0461" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0462_ext_uq" ON "t_0462" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0462_parent_idx" ON "t_0462" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0463_ext_uq" ON "t_0463" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0463_parent_idx" ON "t_0463" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0464_ext_uq" ON "t_0464" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0464_parent_idx" ON "t_0464" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0465_ext_uq" ON "t_0465" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0465_parent_idx" ON "t_0465" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0466_ext_uq" ON "t_0466" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0466_parent_idx" ON "t_0466" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0467_ext_uq" ON "t_0467" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0467_parent_idx" ON "t_0467" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0468_ext_uq" ON "t_0468" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0468_parent_idx" ON "t_0468" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0469_ext_uq" ON "t_0469" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0469_parent_idx" ON "t_0469" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0470_ext_uq" ON "t_0470" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0470_parent_idx" ON "t_0470" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0471_ext_uq" ON "t_0471" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0471_parent_idx" ON "t_0471" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0472_ext_uq" ON "t_0472" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0472_parent_idx" ON "t_0472" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0473_ext_uq" ON "t_0473" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0473_parent_idx" ON "t_0473" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0474_ext_uq" ON "t_0474" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0474_parent_idx" ON "t_0474" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0475_ext_uq" ON "t_0475" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0475_parent_idx" ON "t_0475" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0476_ext_uq" ON "t_0476" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0476_parent_idx" ON "t_0476" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0477_ext_uq" ON "t_0477" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0477_parent_idx" ON "t_0477" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0478_ext_uq" ON "t_0478" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0478_parent_idx" ON "t_0478" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0479_ext_uq" ON "t_0479" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0479_parent_idx" ON "t_0479" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0480_ext_uq" ON "t_0480" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0480_parent_idx" ON "t_0480" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0481_ext_uq" ON "t_0481" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0481_parent_idx" ON "t_0481" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0482_ext_uq" ON "t_0482" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0482_parent_idx" ON "t_0482" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0483_ext_uq" ON "t_0483" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0483_parent_idx" ON "t_0483" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0484_ext_uq" ON "t_0484" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0484_parent_idx" ON "t_0484" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0485_ext_uq" ON "t_0485" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0485_parent_idx" ON "t_0485" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0486_ext_uq" ON "t_0486" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0486_parent_idx" ON "t_0486" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0487_ext_uq" ON "t_0487" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0487_parent_idx" ON "t_0487" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0488_ext_uq" ON "t_0488" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0488_parent_idx" ON "t_0488" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0489_ext_uq" ON "t_0489" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0489_parent_idx" ON "t_0489" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0490_ext_uq" ON "t_0490" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0490_parent_idx" ON "t_0490" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0491_ext_uq" ON "t_0491" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0491_parent_idx" ON "t_0491" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0492_ext_uq" ON "t_0492" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0492_parent_idx" ON "t_0492" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0493_ext_uq" ON "t_0493" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0493_parent_idx" ON "t_0493" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0494_ext_uq" ON "t_0494" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0494_parent_idx" ON "t_0494" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0495_ext_uq" ON "t_0495" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0495_parent_idx" ON "t_0495" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0496_ext_uq" ON "t_0496" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0496_parent_idx" ON "t_0496" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0497_ext_uq" ON "t_0497" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0497_parent_idx" ON "t_0497" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0498_ext_uq" ON "t_0498" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0498_parent_idx" ON "t_0498" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0499_ext_uq" ON "t_0499" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0499_parent_idx" ON "t_0499" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0500_ext_uq" ON "t_0500" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0500_parent_idx" ON "t_0500" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0501_ext_uq" ON "t_0501" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0501_parent_idx" ON "t_0501" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0502_ext_uq" ON "t_0502" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0502_parent_idx" ON "t_0502" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0503_ext_uq" ON "t_0503" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0503_parent_idx" ON "t_0503" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0504_ext_uq" ON "t_0504" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0504_parent_idx" ON "t_0504" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0505_ext_uq" ON "t_0505" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0505_parent_idx" ON "t_0505" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0506_ext_uq" ON "t_0506" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0506_parent_idx" ON "t_0506" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0507_ext_uq" ON "t_0507" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0507_parent_idx" ON "t_0507" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0508_ext_uq" ON "t_0508" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0508_parent_idx" ON "t_0508" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0509_ext_uq" ON "t_0509" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0509_parent_idx" ON "t_0509" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0510_ext_uq" ON "t_0510" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0510_parent_idx" ON "t_0510" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0511_ext_uq" ON "t_0511" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0511_parent_idx" ON "t_0511" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0512_ext_uq" ON "t_0512" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0512_parent_idx" ON "t_0512" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0513_ext_uq" ON "t_0513" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0513_parent_idx" ON "t_0513" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0514_ext_uq" ON "t_0514" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0514_parent_idx" ON "t_0514" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0515_ext_uq" ON "t_0515" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0515_parent_idx" ON "t_0515" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0516_ext_uq" ON "t_0516" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0516_parent_idx" ON "t_0516" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0517_ext_uq" ON "t_0517" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0517_parent_idx" ON "t_0517" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0518_ext_uq" ON "t_0518" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0518_parent_idx" ON "t_0518" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0519_ext_uq" ON "t_0519" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0519_parent_idx" ON "t_0519" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0520_ext_uq" ON "t_0520" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0520_parent_idx" ON "t_0520" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0521_ext_uq" ON "t_0521" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0521_parent_idx" ON "t_0521" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0522_ext_uq" ON "t_0522" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0522_parent_idx" ON "t_0522" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0523_ext_uq" ON "t_0523" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0523_parent_idx" ON "t_0523" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0524_ext_uq" ON "t_0524" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0524_parent_idx" ON "t_0524" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0525_ext_uq" ON "t_0525" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0525_parent_idx" ON "t_0525" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0526_ext_uq" ON "t_0526" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0526_parent_idx" ON "t_0526" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0527_ext_uq" ON "t_0527" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0527_parent_idx" ON "t_0527" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0528_ext_uq" ON "t_0528" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0528_parent_idx" ON "t_0528" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0529_ext_uq" ON "t_0529" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0529_parent_idx" ON "t_0529" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0530_ext_uq" ON "t_0530" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0530_parent_idx" ON "t_0530" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0531_ext_uq" ON "t_0531" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0531_parent_idx" ON "t_0531" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0532_ext_uq" ON "t_0532" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0532_parent_idx" ON "t_0532" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0533_ext_uq" ON "t_0533" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0533_parent_idx" ON "t_0533" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0534_ext_uq" ON "t_0534" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0534_parent_idx" ON "t_0534" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0535_ext_uq" ON "t_0535" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0535_parent_idx" ON "t_0535" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0536_ext_uq" ON "t_0536" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0536_parent_idx" ON "t_0536" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0537_ext_uq" ON "t_0537" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0537_parent_idx" ON "t_0537" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0538_ext_uq" ON "t_0538" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0538_parent_idx" ON "t_0538" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0539_ext_uq" ON "t_0539" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0539_parent_idx" ON "t_0539" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0540_ext_uq" ON "t_0540" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0540_parent_idx" ON "t_0540" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0541_ext_uq" ON "t_0541" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0541_parent_idx" ON "t_0541" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0542_ext_uq" ON "t_0542" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0542_parent_idx" ON "t_0542" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0543_ext_uq" ON "t_0543" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0543_parent_idx" ON "t_0543" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0544_ext_uq" ON "t_0544" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0544_parent_idx" ON "t_0544" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0545_ext_uq" ON "t_0545" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0545_parent_idx" ON "t_0545" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0546_ext_uq" ON "t_0546" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0546_parent_idx" ON "t_0546" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0547_ext_uq" ON "t_0547" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0547_parent_idx" ON "t_0547" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0548_ext_uq" ON "t_0548" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0548_parent_idx" ON "t_0548" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0549_ext_uq" ON "t_0549" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0549_parent_idx" ON "t_0549" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0550_ext_uq" ON "t_0550" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0550_parent_idx" ON "t_0550" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0551_ext_uq" ON "t_0551" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0551_parent_idx" ON "t_0551" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0552_ext_uq" ON "t_0552" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0552_parent_idx" ON "t_0552" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0553_ext_uq" ON "t_0553" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0553_parent_idx" ON "t_0553" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0554_ext_uq" ON "t_0554" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0554_parent_idx" ON "t_0554" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0555_ext_uq" ON "t_0555" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0555_parent_idx" ON "t_0555" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0556_ext_uq" ON "t_0556" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0556_parent_idx" ON "t_0556" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0557_ext_uq" ON "t_0557" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0557_parent_idx" ON "t_0557" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0558_ext_uq" ON "t_0558" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0558_parent_idx" ON "t_0558" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0559_ext_uq" ON "t_0559" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0559_parent_idx" ON "t_0559" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0560_ext_uq" ON "t_0560" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0560_parent_idx" ON "t_0560" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0561_ext_uq" ON "t_0561" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0561_parent_idx" ON "t_0561" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0562_ext_uq" ON "t_0562" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0562_parent_idx" ON "t_0562" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0563_ext_uq" ON "t_0563" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0563_parent_idx" ON "t_0563" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0564_ext_uq" ON "t_0564" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0564_parent_idx" ON "t_0564" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0565_ext_uq" ON "t_0565" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0565_parent_idx" ON "t_0565" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0566_ext_uq" ON "t_0566" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0566_parent_idx" ON "t_0566" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0567_ext_uq" ON "t_0567" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0567_parent_idx" ON "t_0567" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0568_ext_uq" ON "t_0568" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0568_parent_idx" ON "t_0568" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0569_ext_uq" ON "t_0569" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0569_parent_idx" ON "t_0569" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0570_ext_uq" ON "t_0570" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0570_parent_idx" ON "t_0570" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0571_ext_uq" ON "t_0571" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0571_parent_idx" ON "t_0571" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0572_ext_uq" ON "t_0572" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0572_parent_idx" ON "t_0572" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0573_ext_uq" ON "t_0573" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0573_parent_idx" ON "t_0573" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0574_ext_uq" ON "t_0574" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0574_parent_idx" ON "t_0574" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0575_ext_uq" ON "t_0575" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0575_parent_idx" ON "t_0575" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0576_ext_uq" ON "t_0576" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0576_parent_idx" ON "t_0576" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0577_ext_uq" ON "t_0577" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0577_parent_idx" ON "t_0577" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0578_ext_uq" ON "t_0578" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0578_parent_idx" ON "t_0578" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0579_ext_uq" ON "t_0579" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0579_parent_idx" ON "t_0579" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0580_ext_uq" ON "t_0580" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0580_parent_idx" ON "t_0580" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0581_ext_uq" ON "t_0581" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0581_parent_idx" ON "t_0581" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0582_ext_uq" ON "t_0582" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0582_parent_idx" ON "t_0582" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0583_ext_uq" ON "t_0583" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0583_parent_idx" ON "t_0583" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0584_ext_uq" ON "t_0584" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0584_parent_idx" ON "t_0584" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0585_ext_uq" ON "t_0585" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0585_parent_idx" ON "t_0585" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0586_ext_uq" ON "t_0586" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0586_parent_idx" ON "t_0586" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0587_ext_uq" ON "t_0587" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0587_parent_idx" ON "t_0587" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0588_ext_uq" ON "t_0588" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0588_parent_idx" ON "t_0588" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0589_ext_uq" ON "t_0589" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0589_parent_idx" ON "t_0589" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0590_ext_uq" ON "t_0590" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0590_parent_idx" ON "t_0590" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0591_ext_uq" ON "t_0591" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0591_parent_idx" ON "t_0591" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0592_ext_uq" ON "t_0592" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0592_parent_idx" ON "t_0592" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0593_ext_uq" ON "t_0593" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0593_parent_idx" ON "t_0593" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0594_ext_uq" ON "t_0594" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0594_parent_idx" ON "t_0594" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0595_ext_uq" ON "t_0595" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0595_parent_idx" ON "t_0595" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0596_ext_uq" ON "t_0596" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0596_parent_idx" ON "t_0596" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0597_ext_uq" ON "t_0597" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0597_parent_idx" ON "t_0597" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0598_ext_uq" ON "t_0598" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0598_parent_idx" ON "t_0598" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0599_ext_uq" ON "t_0599" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0599_parent_idx" ON "t_0599" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0600_ext_uq" ON "t_0600" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0600_parent_idx" ON "t_0600" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0601_ext_uq" ON "t_0601" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0601_parent_idx" ON "t_0601" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0602_ext_uq" ON "t_0602" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0602_parent_idx" ON "t_0602" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0603_ext_uq" ON "t_0603" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0603_parent_idx" ON "t_0603" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0604_ext_uq" ON "t_0604" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0604_parent_idx" ON "t_0604" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0605_ext_uq" ON "t_0605" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0605_parent_idx" ON "t_0605" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0606_ext_uq" ON "t_0606" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0606_parent_idx" ON "t_0606" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0607_ext_uq" ON "t_0607" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0607_parent_idx" ON "t_0607" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0608_ext_uq" ON "t_0608" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0608_parent_idx" ON "t_0608" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0609_ext_uq" ON "t_0609" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0609_parent_idx" ON "t_0609" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0610_ext_uq" ON "t_0610" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0610_parent_idx" ON "t_0610" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0611_ext_uq" ON "t_0611" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0611_parent_idx" ON "t_0611" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0612_ext_uq" ON "t_0612" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0612_parent_idx" ON "t_0612" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0613_ext_uq" ON "t_0613" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0613_parent_idx" ON "t_0613" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0614_ext_uq" ON "t_0614" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0614_parent_idx" ON "t_0614" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0615_ext_uq" ON "t_0615" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0615_parent_idx" ON "t_0615" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0616_ext_uq" ON "t_0616" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0616_parent_idx" ON "t_0616" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0617_ext_uq" ON "t_0617" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0617_parent_idx" ON "t_0617" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0618_ext_uq" ON "t_0618" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0618_parent_idx" ON "t_0618" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0619_ext_uq" ON "t_0619" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0619_parent_idx" ON "t_0619" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0620_ext_uq" ON "t_0620" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0620_parent_idx" ON "t_0620" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0621_ext_uq" ON "t_0621" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0621_parent_idx" ON "t_0621" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0622_ext_uq" ON "t_0622" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0622_parent_idx" ON "t_0622" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0623_ext_uq" ON "t_0623" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0623_parent_idx" ON "t_0623" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0624_ext_uq" ON "t_0624" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0624_parent_idx" ON "t_0624" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0625_ext_uq" ON "t_0625" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0625_parent_idx" ON "t_0625" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0626_ext_uq" ON "t_0626" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0626_parent_idx" ON "t_0626" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0627_ext_uq" ON "t_0627" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0627_parent_idx" ON "t_0627" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0628_ext_uq" ON "t_0628" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0628_parent_idx" ON "t_0628" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0629_ext_uq" ON "t_0629" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0629_parent_idx" ON "t_0629" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0630_ext_uq" ON "t_0630" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0630_parent_idx" ON "t_0630" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0631_ext_uq" ON "t_0631" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0631_parent_idx" ON "t_0631" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0632_ext_uq" ON "t_0632" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0632_parent_idx" ON "t_0632" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0633_ext_uq" ON "t_0633" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0633_parent_idx" ON "t_0633" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0634_ext_uq" ON "t_0634" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0634_parent_idx" ON "t_0634" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0635_ext_uq" ON "t_0635" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0635_parent_idx" ON "t_0635" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0636_ext_uq" ON "t_0636" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0636_parent_idx" ON "t_0636" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0637_ext_uq" ON "t_0637" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0637_parent_idx" ON "t_0637" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0638_ext_uq" ON "t_0638" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0638_parent_idx" ON "t_0638" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0639_ext_uq" ON "t_0639" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0639_parent_idx" ON "t_0639" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0640_ext_uq" ON "t_0640" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0640_parent_idx" ON "t_0640" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0641_ext_uq" ON "t_0641" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0641_parent_idx" ON "t_0641" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0642_ext_uq" ON "t_0642" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0642_parent_idx" ON "t_0642" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0643_ext_uq" ON "t_0643" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0643_parent_idx" ON "t_0643" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0644_ext_uq" ON "t_0644" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0644_parent_idx" ON "t_0644" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0645_ext_uq" ON "t_0645" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0645_parent_idx" ON "t_0645" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0646_ext_uq" ON "t_0646" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0646_parent_idx" ON "t_0646" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0647_ext_uq" ON "t_0647" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0647_parent_idx" ON "t_0647" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0648_ext_uq" ON "t_0648" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0648_parent_idx" ON "t_0648" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0649_ext_uq" ON "t_0649" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0649_parent_idx" ON "t_0649" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0650_ext_uq" ON "t_0650" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0650_parent_idx" ON "t_0650" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0651_ext_uq" ON "t_0651" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0651_parent_idx" ON "t_0651" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0652_ext_uq" ON "t_0652" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0652_parent_idx" ON "t_0652" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0653_ext_uq" ON "t_0653" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0653_parent_idx" ON "t_0653" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0654_ext_uq" ON "t_0654" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0654_parent_idx" ON "t_0654" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0655_ext_uq" ON "t_0655" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0655_parent_idx" ON "t_0655" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0656_ext_uq" ON "t_0656" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0656_parent_idx" ON "t_0656" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0657_ext_uq" ON "t_0657" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0657_parent_idx" ON "t_0657" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0658_ext_uq" ON "t_0658" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0658_parent_idx" ON "t_0658" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0659_ext_uq" ON "t_0659" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0659_parent_idx" ON "t_0659" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0660_ext_uq" ON "t_0660" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0660_parent_idx" ON "t_0660" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0661_ext_uq" ON "t_0661" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0661_parent_idx" ON "t_0661" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0662_ext_uq" ON "t_0662" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0662_parent_idx" ON "t_0662" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0663_ext_uq" ON "t_0663" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0663_parent_idx" ON "t_0663" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0664_ext_uq" ON "t_0664" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0664_parent_idx" ON "t_0664" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0665_ext_uq" ON "t_0665" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0665_parent_idx" ON "t_0665" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0666_ext_uq" ON "t_0666" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0666_parent_idx" ON "t_0666" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0667_ext_uq" ON "t_0667" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0667_parent_idx" ON "t_0667" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0668_ext_uq" ON "t_0668" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0668_parent_idx" ON "t_0668" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0669_ext_uq" ON "t_0669" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0669_parent_idx" ON "t_0669" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0670_ext_uq" ON "t_0670" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0670_parent_idx" ON "t_0670" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0671_ext_uq" ON "t_0671" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0671_parent_idx" ON "t_0671" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0672_ext_uq" ON "t_0672" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0672_parent_idx" ON "t_0672" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0673_ext_uq" ON "t_0673" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0673_parent_idx" ON "t_0673" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0674_ext_uq" ON "t_0674" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0674_parent_idx" ON "t_0674" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0675_ext_uq" ON "t_0675" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0675_parent_idx" ON "t_0675" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0676_ext_uq" ON "t_0676" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0676_parent_idx" ON "t_0676" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0677_ext_uq" ON "t_0677" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0677_parent_idx" ON "t_0677" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0678_ext_uq" ON "t_0678" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0678_parent_idx" ON "t_0678" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0679_ext_uq" ON "t_0679" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0679_parent_idx" ON "t_0679" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0680_ext_uq" ON "t_0680" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0680_parent_idx" ON "t_0680" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0681_ext_uq" ON "t_0681" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0681_parent_idx" ON "t_0681" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0682_ext_uq" ON "t_0682" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0682_parent_idx" ON "t_0682" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0683_ext_uq" ON "t_0683" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0683_parent_idx" ON "t_0683" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0684_ext_uq" ON "t_0684" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0684_parent_idx" ON "t_0684" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0685_ext_uq" ON "t_0685" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0685_parent_idx" ON "t_0685" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0686_ext_uq" ON "t_0686" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0686_parent_idx" ON "t_0686" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0687_ext_uq" ON "t_0687" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0687_parent_idx" ON "t_0687" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0688_ext_uq" ON "t_0688" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0688_parent_idx" ON "t_0688" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0689_ext_uq" ON "t_0689" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0689_parent_idx" ON "t_0689" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0690_ext_uq" ON "t_0690" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0690_parent_idx" ON "t_0690" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0691_ext_uq" ON "t_0691" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0691_parent_idx" ON "t_0691" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0692_ext_uq" ON "t_0692" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0692_parent_idx" ON "t_0692" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0693_ext_uq" ON "t_0693" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0693_parent_idx" ON "t_0693" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0694_ext_uq" ON "t_0694" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0694_parent_idx" ON "t_0694" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0695_ext_uq" ON "t_0695" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0695_parent_idx" ON "t_0695" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0696_ext_uq" ON "t_0696" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0696_parent_idx" ON "t_0696" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0697_ext_uq" ON "t_0697" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0697_parent_idx" ON "t_0697" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0698_ext_uq" ON "t_0698" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0698_parent_idx" ON "t_0698" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0699_ext_uq" ON "t_0699" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0699_parent_idx" ON "t_0699" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0700_ext_uq" ON "t_0700" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0700_parent_idx" ON "t_0700" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0701_ext_uq" ON "t_0701" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0701_parent_idx" ON "t_0701" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0702_ext_uq" ON "t_0702" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0702_parent_idx" ON "t_0702" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0703_ext_uq" ON "t_0703" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0703_parent_idx" ON "t_0703" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0704_ext_uq" ON "t_0704" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0704_parent_idx" ON "t_0704" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0705_ext_uq" ON "t_0705" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0705_parent_idx" ON "t_0705" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0706_ext_uq" ON "t_0706" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0706_parent_idx" ON "t_0706" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0707_ext_uq" ON "t_0707" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0707_parent_idx" ON "t_0707" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0708_ext_uq" ON "t_0708" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0708_parent_idx" ON "t_0708" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0709_ext_uq" ON "t_0709" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0709_parent_idx" ON "t_0709" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0710_ext_uq" ON "t_0710" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0710_parent_idx" ON "t_0710" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0711_ext_uq" ON "t_0711" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0711_parent_idx" ON "t_0711" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0712_ext_uq" ON "t_0712" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0712_parent_idx" ON "t_0712" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0713_ext_uq" ON "t_0713" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0713_parent_idx" ON "t_0713" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0714_ext_uq" ON "t_0714" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0714_parent_idx" ON "t_0714" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0715_ext_uq" ON "t_0715" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0715_parent_idx" ON "t_0715" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0716_ext_uq" ON "t_0716" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0716_parent_idx" ON "t_0716" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0717_ext_uq" ON "t_0717" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0717_parent_idx" ON "t_0717" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0718_ext_uq" ON "t_0718" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0718_parent_idx" ON "t_0718" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0719_ext_uq" ON "t_0719" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0719_parent_idx" ON "t_0719" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0720_ext_uq" ON "t_0720" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0720_parent_idx" ON "t_0720" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0721_ext_uq" ON "t_0721" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0721_parent_idx" ON "t_0721" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0722_ext_uq" ON "t_0722" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0722_parent_idx" ON "t_0722" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0723_ext_uq" ON "t_0723" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0723_parent_idx" ON "t_0723" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0724_ext_uq" ON "t_0724" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0724_parent_idx" ON "t_0724" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0725_ext_uq" ON "t_0725" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0725_parent_idx" ON "t_0725" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0726_ext_uq" ON "t_0726" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0726_parent_idx" ON "t_0726" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0727_ext_uq" ON "t_0727" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0727_parent_idx" ON "t_0727" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0728_ext_uq" ON "t_0728" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0728_parent_idx" ON "t_0728" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0729_ext_uq" ON "t_0729" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0729_parent_idx" ON "t_0729" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0730_ext_uq" ON "t_0730" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0730_parent_idx" ON "t_0730" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0731_ext_uq" ON "t_0731" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0731_parent_idx" ON "t_0731" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0732_ext_uq" ON "t_0732" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0732_parent_idx" ON "t_0732" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0733_ext_uq" ON "t_0733" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0733_parent_idx" ON "t_0733" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0734_ext_uq" ON "t_0734" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0734_parent_idx" ON "t_0734" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0735_ext_uq" ON "t_0735" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0735_parent_idx" ON "t_0735" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0736_ext_uq" ON "t_0736" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0736_parent_idx" ON "t_0736" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0737_ext_uq" ON "t_0737" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0737_parent_idx" ON "t_0737" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0738_ext_uq" ON "t_0738" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0738_parent_idx" ON "t_0738" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0739_ext_uq" ON "t_0739" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0739_parent_idx" ON "t_0739" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0740_ext_uq" ON "t_0740" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0740_parent_idx" ON "t_0740" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0741_ext_uq" ON "t_0741" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0741_parent_idx" ON "t_0741" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0742_ext_uq" ON "t_0742" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0742_parent_idx" ON "t_0742" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0743_ext_uq" ON "t_0743" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0743_parent_idx" ON "t_0743" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0744_ext_uq" ON "t_0744" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0744_parent_idx" ON "t_0744" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0745_ext_uq" ON "t_0745" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0745_parent_idx" ON "t_0745" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0746_ext_uq" ON "t_0746" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0746_parent_idx" ON "t_0746" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0747_ext_uq" ON "t_0747" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0747_parent_idx" ON "t_0747" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0748_ext_uq" ON "t_0748" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0748_parent_idx" ON "t_0748" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0749_ext_uq" ON "t_0749" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0749_parent_idx" ON "t_0749" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0750_ext_uq" ON "t_0750" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0750_parent_idx" ON "t_0750" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0751_ext_uq" ON "t_0751" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0751_parent_idx" ON "t_0751" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0752_ext_uq" ON "t_0752" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0752_parent_idx" ON "t_0752" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0753_ext_uq" ON "t_0753" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0753_parent_idx" ON "t_0753" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0754_ext_uq" ON "t_0754" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0754_parent_idx" ON "t_0754" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0755_ext_uq" ON "t_0755" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0755_parent_idx" ON "t_0755" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0756_ext_uq" ON "t_0756" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0756_parent_idx" ON "t_0756" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0757_ext_uq" ON "t_0757" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0757_parent_idx" ON "t_0757" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0758_ext_uq" ON "t_0758" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0758_parent_idx" ON "t_0758" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0759_ext_uq" ON "t_0759" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0759_parent_idx" ON "t_0759" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0760_ext_uq" ON "t_0760" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0760_parent_idx" ON "t_0760" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0761_ext_uq" ON "t_0761" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0761_parent_idx" ON "t_0761" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0762_ext_uq" ON "t_0762" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0762_parent_idx" ON "t_0762" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0763_ext_uq" ON "t_0763" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0763_parent_idx" ON "t_0763" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0764_ext_uq" ON "t_0764" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0764_parent_idx" ON "t_0764" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0765_ext_uq" ON "t_0765" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0765_parent_idx" ON "t_0765" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0766_ext_uq" ON "t_0766" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0766_parent_idx" ON "t_0766" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0767_ext_uq" ON "t_0767" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0767_parent_idx" ON "t_0767" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0768_ext_uq" ON "t_0768" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0768_parent_idx" ON "t_0768" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0769_ext_uq" ON "t_0769" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0769_parent_idx" ON "t_0769" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0770_ext_uq" ON "t_0770" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0770_parent_idx" ON "t_0770" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0771_ext_uq" ON "t_0771" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0771_parent_idx" ON "t_0771" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0772_ext_uq" ON "t_0772" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0772_parent_idx" ON "t_0772" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0773_ext_uq" ON "t_0773" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0773_parent_idx" ON "t_0773" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0774_ext_uq" ON "t_0774" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0774_parent_idx" ON "t_0774" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0775_ext_uq" ON "t_0775" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0775_parent_idx" ON "t_0775" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0776_ext_uq" ON "t_0776" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0776_parent_idx" ON "t_0776" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0777_ext_uq" ON "t_0777" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0777_parent_idx" ON "t_0777" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0778_ext_uq" ON "t_0778" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0778_parent_idx" ON "t_0778" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0779_ext_uq" ON "t_0779" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0779_parent_idx" ON "t_0779" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0780_ext_uq" ON "t_0780" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0780_parent_idx" ON "t_0780" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0781_ext_uq" ON "t_0781" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0781_parent_idx" ON "t_0781" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0782_ext_uq" ON "t_0782" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0782_parent_idx" ON "t_0782" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0783_ext_uq" ON "t_0783" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0783_parent_idx" ON "t_0783" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0784_ext_uq" ON "t_0784" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0784_parent_idx" ON "t_0784" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0785_ext_uq" ON "t_0785" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0785_parent_idx" ON "t_0785" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0786_ext_uq" ON "t_0786" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0786_parent_idx" ON "t_0786" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0787_ext_uq" ON "t_0787" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0787_parent_idx" ON "t_0787" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0788_ext_uq" ON "t_0788" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0788_parent_idx" ON "t_0788" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0789_ext_uq" ON "t_0789" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0789_parent_idx" ON "t_0789" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0790_ext_uq" ON "t_0790" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0790_parent_idx" ON "t_0790" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0791_ext_uq" ON "t_0791" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0791_parent_idx" ON "t_0791" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0792_ext_uq" ON "t_0792" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0792_parent_idx" ON "t_0792" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0793_ext_uq" ON "t_0793" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0793_parent_idx" ON "t_0793" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0794_ext_uq" ON "t_0794" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0794_parent_idx" ON "t_0794" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0795_ext_uq" ON "t_0795" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0795_parent_idx" ON "t_0795" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0796_ext_uq" ON "t_0796" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0796_parent_idx" ON "t_0796" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0797_ext_uq" ON "t_0797" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0797_parent_idx" ON "t_0797" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0798_ext_uq" ON "t_0798" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0798_parent_idx" ON "t_0798" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0799_ext_uq" ON "t_0799" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0799_parent_idx" ON "t_0799" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0800_ext_uq" ON "t_0800" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0800_parent_idx" ON "t_0800" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0801_ext_uq" ON "t_0801" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0801_parent_idx" ON "t_0801" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0802_ext_uq" ON "t_0802" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0802_parent_idx" ON "t_0802" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0803_ext_uq" ON "t_0803" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0803_parent_idx" ON "t_0803" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0804_ext_uq" ON "t_0804" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0804_parent_idx" ON "t_0804" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0805_ext_uq" ON "t_0805" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0805_parent_idx" ON "t_0805" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0806_ext_uq" ON "t_0806" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0806_parent_idx" ON "t_0806" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0807_ext_uq" ON "t_0807" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0807_parent_idx" ON "t_0807" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0808_ext_uq" ON "t_0808" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0808_parent_idx" ON "t_0808" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0809_ext_uq" ON "t_0809" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0809_parent_idx" ON "t_0809" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0810_ext_uq" ON "t_0810" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0810_parent_idx" ON "t_0810" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0811_ext_uq" ON "t_0811" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0811_parent_idx" ON "t_0811" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0812_ext_uq" ON "t_0812" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0812_parent_idx" ON "t_0812" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0813_ext_uq" ON "t_0813" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0813_parent_idx" ON "t_0813" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0814_ext_uq" ON "t_0814" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0814_parent_idx" ON "t_0814" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0815_ext_uq" ON "t_0815" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0815_parent_idx" ON "t_0815" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0816_ext_uq" ON "t_0816" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0816_parent_idx" ON "t_0816" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0817_ext_uq" ON "t_0817" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0817_parent_idx" ON "t_0817" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0818_ext_uq" ON "t_0818" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0818_parent_idx" ON "t_0818" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0819_ext_uq" ON "t_0819" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0819_parent_idx" ON "t_0819" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0820_ext_uq" ON "t_0820" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0820_parent_idx" ON "t_0820" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0821_ext_uq" ON "t_0821" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0821_parent_idx" ON "t_0821" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0822_ext_uq" ON "t_0822" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0822_parent_idx" ON "t_0822" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0823_ext_uq" ON "t_0823" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0823_parent_idx" ON "t_0823" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0824_ext_uq" ON "t_0824" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0824_parent_idx" ON "t_0824" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0825_ext_uq" ON "t_0825" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0825_parent_idx" ON "t_0825" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0826_ext_uq" ON "t_0826" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0826_parent_idx" ON "t_0826" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0827_ext_uq" ON "t_0827" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0827_parent_idx" ON "t_0827" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0828_ext_uq" ON "t_0828" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0828_parent_idx" ON "t_0828" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0829_ext_uq" ON "t_0829" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0829_parent_idx" ON "t_0829" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0830_ext_uq" ON "t_0830" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0830_parent_idx" ON "t_0830" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0831_ext_uq" ON "t_0831" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0831_parent_idx" ON "t_0831" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0832_ext_uq" ON "t_0832" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0832_parent_idx" ON "t_0832" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0833_ext_uq" ON "t_0833" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0833_parent_idx" ON "t_0833" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0834_ext_uq" ON "t_0834" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0834_parent_idx" ON "t_0834" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0835_ext_uq" ON "t_0835" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0835_parent_idx" ON "t_0835" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0836_ext_uq" ON "t_0836" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0836_parent_idx" ON "t_0836" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0837_ext_uq" ON "t_0837" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0837_parent_idx" ON "t_0837" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0838_ext_uq" ON "t_0838" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0838_parent_idx" ON "t_0838" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0839_ext_uq" ON "t_0839" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0839_parent_idx" ON "t_0839" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0840_ext_uq" ON "t_0840" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0840_parent_idx" ON "t_0840" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0841_ext_uq" ON "t_0841" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0841_parent_idx" ON "t_0841" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0842_ext_uq" ON "t_0842" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0842_parent_idx" ON "t_0842" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0843_ext_uq" ON "t_0843" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0843_parent_idx" ON "t_0843" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0844_ext_uq" ON "t_0844" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0844_parent_idx" ON "t_0844" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0845_ext_uq" ON "t_0845" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0845_parent_idx" ON "t_0845" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0846_ext_uq" ON "t_0846" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0846_parent_idx" ON "t_0846" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0847_ext_uq" ON "t_0847" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0847_parent_idx" ON "t_0847" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0848_ext_uq" ON "t_0848" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0848_parent_idx" ON "t_0848" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0849_ext_uq" ON "t_0849" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0849_parent_idx" ON "t_0849" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0850_ext_uq" ON "t_0850" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0850_parent_idx" ON "t_0850" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0851_ext_uq" ON "t_0851" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0851_parent_idx" ON "t_0851" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0852_ext_uq" ON "t_0852" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0852_parent_idx" ON "t_0852" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0853_ext_uq" ON "t_0853" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0853_parent_idx" ON "t_0853" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0854_ext_uq" ON "t_0854" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0854_parent_idx" ON "t_0854" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0855_ext_uq" ON "t_0855" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0855_parent_idx" ON "t_0855" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0856_ext_uq" ON "t_0856" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0856_parent_idx" ON "t_0856" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0857_ext_uq" ON "t_0857" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0857_parent_idx" ON "t_0857" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0858_ext_uq" ON "t_0858" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0858_parent_idx" ON "t_0858" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0859_ext_uq" ON "t_0859" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0859_parent_idx" ON "t_0859" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0860_ext_uq" ON "t_0860" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0860_parent_idx" ON "t_0860" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0861_ext_uq" ON "t_0861" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0861_parent_idx" ON "t_0861" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0862_ext_uq" ON "t_0862" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0862_parent_idx" ON "t_0862" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0863_ext_uq" ON "t_0863" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0863_parent_idx" ON "t_0863" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0864_ext_uq" ON "t_0864" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0864_parent_idx" ON "t_0864" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0865_ext_uq" ON "t_0865" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0865_parent_idx" ON "t_0865" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0866_ext_uq" ON "t_0866" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0866_parent_idx" ON "t_0866" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0867_ext_uq" ON "t_0867" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0867_parent_idx" ON "t_0867" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0868_ext_uq" ON "t_0868" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0868_parent_idx" ON "t_0868" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0869_ext_uq" ON "t_0869" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0869_parent_idx" ON "t_0869" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0870_ext_uq" ON "t_0870" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0870_parent_idx" ON "t_0870" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0871_ext_uq" ON "t_0871" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0871_parent_idx" ON "t_0871" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0872_ext_uq" ON "t_0872" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0872_parent_idx" ON "t_0872" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0873_ext_uq" ON "t_0873" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0873_parent_idx" ON "t_0873" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0874_ext_uq" ON "t_0874" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0874_parent_idx" ON "t_0874" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0875_ext_uq" ON "t_0875" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0875_parent_idx" ON "t_0875" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0876_ext_uq" ON "t_0876" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0876_parent_idx" ON "t_0876" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0877_ext_uq" ON "t_0877" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0877_parent_idx" ON "t_0877" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0878_ext_uq" ON "t_0878" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0878_parent_idx" ON "t_0878" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0879_ext_uq" ON "t_0879" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0879_parent_idx" ON "t_0879" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0880_ext_uq" ON "t_0880" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0880_parent_idx" ON "t_0880" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0881_ext_uq" ON "t_0881" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0881_parent_idx" ON "t_0881" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0882_ext_uq" ON "t_0882" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0882_parent_idx" ON "t_0882" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0883_ext_uq" ON "t_0883" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0883_parent_idx" ON "t_0883" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0884_ext_uq" ON "t_0884" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0884_parent_idx" ON "t_0884" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0885_ext_uq" ON "t_0885" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0885_parent_idx" ON "t_0885" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0886_ext_uq" ON "t_0886" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0886_parent_idx" ON "t_0886" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0887_ext_uq" ON "t_0887" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0887_parent_idx" ON "t_0887" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0888_ext_uq" ON "t_0888" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0888_parent_idx" ON "t_0888" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0889_ext_uq" ON "t_0889" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0889_parent_idx" ON "t_0889" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0890_ext_uq" ON "t_0890" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0890_parent_idx" ON "t_0890" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0891_ext_uq" ON "t_0891" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0891_parent_idx" ON "t_0891" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0892_ext_uq" ON "t_0892" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0892_parent_idx" ON "t_0892" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0893_ext_uq" ON "t_0893" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0893_parent_idx" ON "t_0893" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0894_ext_uq" ON "t_0894" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0894_parent_idx" ON "t_0894" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0895_ext_uq" ON "t_0895" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0895_parent_idx" ON "t_0895" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0896_ext_uq" ON "t_0896" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0896_parent_idx" ON "t_0896" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0897_ext_uq" ON "t_0897" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0897_parent_idx" ON "t_0897" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0898_ext_uq" ON "t_0898" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0898_parent_idx" ON "t_0898" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0899_ext_uq" ON "t_0899" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0899_parent_idx" ON "t_0899" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0900_ext_uq" ON "t_0900" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0900_parent_idx" ON "t_0900" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0901_ext_uq" ON "t_0901" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0901_parent_idx" ON "t_0901" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0902_ext_uq" ON "t_0902" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0902_parent_idx" ON "t_0902" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0903_ext_uq" ON "t_0903" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0903_parent_idx" ON "t_0903" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0904_ext_uq" ON "t_0904" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0904_parent_idx" ON "t_0904" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0905_ext_uq" ON "t_0905" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0905_parent_idx" ON "t_0905" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0906_ext_uq" ON "t_0906" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0906_parent_idx" ON "t_0906" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0907_ext_uq" ON "t_0907" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0907_parent_idx" ON "t_0907" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0908_ext_uq" ON "t_0908" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0908_parent_idx" ON "t_0908" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0909_ext_uq" ON "t_0909" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0909_parent_idx" ON "t_0909" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0910_ext_uq" ON "t_0910" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0910_parent_idx" ON "t_0910" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0911_ext_uq" ON "t_0911" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0911_parent_idx" ON "t_0911" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0912_ext_uq" ON "t_0912" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0912_parent_idx" ON "t_0912" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0913_ext_uq" ON "t_0913" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0913_parent_idx" ON "t_0913" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0914_ext_uq" ON "t_0914" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0914_parent_idx" ON "t_0914" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0915_ext_uq" ON "t_0915" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0915_parent_idx" ON "t_0915" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0916_ext_uq" ON "t_0916" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0916_parent_idx" ON "t_0916" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0917_ext_uq" ON "t_0917" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0917_parent_idx" ON "t_0917" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0918_ext_uq" ON "t_0918" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0918_parent_idx" ON "t_0918" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0919_ext_uq" ON "t_0919" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0919_parent_idx" ON "t_0919" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0920_ext_uq" ON "t_0920" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0920_parent_idx" ON "t_0920" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0921_ext_uq" ON "t_0921" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0921_parent_idx" ON "t_0921" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0922_ext_uq" ON "t_0922" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0922_parent_idx" ON "t_0922" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0923_ext_uq" ON "t_0923" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0923_parent_idx" ON "t_0923" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0924_ext_uq" ON "t_0924" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0924_parent_idx" ON "t_0924" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0925_ext_uq" ON "t_0925" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0925_parent_idx" ON "t_0925" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0926_ext_uq" ON "t_0926" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0926_parent_idx" ON "t_0926" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0927_ext_uq" ON "t_0927" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0927_parent_idx" ON "t_0927" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0928_ext_uq" ON "t_0928" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0928_parent_idx" ON "t_0928" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0929_ext_uq" ON "t_0929" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0929_parent_idx" ON "t_0929" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0930_ext_uq" ON "t_0930" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0930_parent_idx" ON "t_0930" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0931_ext_uq" ON "t_0931" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0931_parent_idx" ON "t_0931" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0932_ext_uq" ON "t_0932" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0932_parent_idx" ON "t_0932" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0933_ext_uq" ON "t_0933" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0933_parent_idx" ON "t_0933" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0934_ext_uq" ON "t_0934" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0934_parent_idx" ON "t_0934" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0935_ext_uq" ON "t_0935" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0935_parent_idx" ON "t_0935" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0936_ext_uq" ON "t_0936" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0936_parent_idx" ON "t_0936" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0937_ext_uq" ON "t_0937" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0937_parent_idx" ON "t_0937" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0938_ext_uq" ON "t_0938" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0938_parent_idx" ON "t_0938" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0939_ext_uq" ON "t_0939" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0939_parent_idx" ON "t_0939" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0940_ext_uq" ON "t_0940" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0940_parent_idx" ON "t_0940" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0941_ext_uq" ON "t_0941" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0941_parent_idx" ON "t_0941" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0942_ext_uq" ON "t_0942" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0942_parent_idx" ON "t_0942" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0943_ext_uq" ON "t_0943" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0943_parent_idx" ON "t_0943" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0944_ext_uq" ON "t_0944" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0944_parent_idx" ON "t_0944" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0945_ext_uq" ON "t_0945" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0945_parent_idx" ON "t_0945" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0946_ext_uq" ON "t_0946" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0946_parent_idx" ON "t_0946" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0947_ext_uq" ON "t_0947" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0947_parent_idx" ON "t_0947" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0948_ext_uq" ON "t_0948" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0948_parent_idx" ON "t_0948" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0949_ext_uq" ON "t_0949" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0949_parent_idx" ON "t_0949" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0950_ext_uq" ON "t_0950" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0950_parent_idx" ON "t_0950" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0951_ext_uq" ON "t_0951" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0951_parent_idx" ON "t_0951" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0952_ext_uq" ON "t_0952" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0952_parent_idx" ON "t_0952" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0953_ext_uq" ON "t_0953" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0953_parent_idx" ON "t_0953" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0954_ext_uq" ON "t_0954" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0954_parent_idx" ON "t_0954" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0955_ext_uq" ON "t_0955" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0955_parent_idx" ON "t_0955" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0956_ext_uq" ON "t_0956" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0956_parent_idx" ON "t_0956" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0957_ext_uq" ON "t_0957" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0957_parent_idx" ON "t_0957" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0958_ext_uq" ON "t_0958" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0958_parent_idx" ON "t_0958" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0959_ext_uq" ON "t_0959" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0959_parent_idx" ON "t_0959" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0960_ext_uq" ON "t_0960" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0960_parent_idx" ON "t_0960" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0961_ext_uq" ON "t_0961" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0961_parent_idx" ON "t_0961" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0962_ext_uq" ON "t_0962" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0962_parent_idx" ON "t_0962" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0963_ext_uq" ON "t_0963" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0963_parent_idx" ON "t_0963" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0964_ext_uq" ON "t_0964" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0964_parent_idx" ON "t_0964" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0965_ext_uq" ON "t_0965" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0965_parent_idx" ON "t_0965" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0966_ext_uq" ON "t_0966" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0966_parent_idx" ON "t_0966" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0967_ext_uq" ON "t_0967" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0967_parent_idx" ON "t_0967" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0968_ext_uq" ON "t_0968" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0968_parent_idx" ON "t_0968" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0969_ext_uq" ON "t_0969" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0969_parent_idx" ON "t_0969" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0970_ext_uq" ON "t_0970" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0970_parent_idx" ON "t_0970" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0971_ext_uq" ON "t_0971" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0971_parent_idx" ON "t_0971" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0972_ext_uq" ON "t_0972" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0972_parent_idx" ON "t_0972" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0973_ext_uq" ON "t_0973" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0973_parent_idx" ON "t_0973" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0974_ext_uq" ON "t_0974" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0974_parent_idx" ON "t_0974" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0975_ext_uq" ON "t_0975" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0975_parent_idx" ON "t_0975" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0976_ext_uq" ON "t_0976" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0976_parent_idx" ON "t_0976" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0977_ext_uq" ON "t_0977" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0977_parent_idx" ON "t_0977" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0978_ext_uq" ON "t_0978" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0978_parent_idx" ON "t_0978" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0979_ext_uq" ON "t_0979" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0979_parent_idx" ON "t_0979" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0980_ext_uq" ON "t_0980" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0980_parent_idx" ON "t_0980" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0981_ext_uq" ON "t_0981" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0981_parent_idx" ON "t_0981" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0982_ext_uq" ON "t_0982" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0982_parent_idx" ON "t_0982" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0983_ext_uq" ON "t_0983" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0983_parent_idx" ON "t_0983" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0984_ext_uq" ON "t_0984" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0984_parent_idx" ON "t_0984" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0985_ext_uq" ON "t_0985" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0985_parent_idx" ON "t_0985" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0986_ext_uq" ON "t_0986" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0986_parent_idx" ON "t_0986" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0987_ext_uq" ON "t_0987" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0987_parent_idx" ON "t_0987" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0988_ext_uq" ON "t_0988" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0988_parent_idx" ON "t_0988" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0989_ext_uq" ON "t_0989" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0989_parent_idx" ON "t_0989" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0990_ext_uq" ON "t_0990" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0990_parent_idx" ON "t_0990" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0991_ext_uq" ON "t_0991" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0991_parent_idx" ON "t_0991" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0992_ext_uq" ON "t_0992" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0992_parent_idx" ON "t_0992" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0993_ext_uq" ON "t_0993" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0993_parent_idx" ON "t_0993" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0994_ext_uq" ON "t_0994" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0994_parent_idx" ON "t_0994" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0995_ext_uq" ON "t_0995" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0995_parent_idx" ON "t_0995" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0996_ext_uq" ON "t_0996" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0996_parent_idx" ON "t_0996" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0997_ext_uq" ON "t_0997" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0997_parent_idx" ON "t_0997" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0998_ext_uq" ON "t_0998" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0998_parent_idx" ON "t_0998" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_0999_ext_uq" ON "t_0999" ("external_id");--> statement-breakpoint
CREATE INDEX "t_0999_parent_idx" ON "t_0999" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "t_1000_ext_uq" ON "t_1000" ("external_id");--> statement-breakpoint
CREATE INDEX "t_1000_parent_idx" ON "t_1000" ("parent_id");--> statement-breakpoint
ALTER TABLE "t_0002" ADD CONSTRAINT "t_0002_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0001"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0003" ADD CONSTRAINT "t_0003_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0002"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0004" ADD CONSTRAINT "t_0004_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0003"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0005" ADD CONSTRAINT "t_0005_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0004"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0006" ADD CONSTRAINT "t_0006_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0005"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0007" ADD CONSTRAINT "t_0007_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0006"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0008" ADD CONSTRAINT "t_0008_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0007"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0009" ADD CONSTRAINT "t_0009_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0008"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0010" ADD CONSTRAINT "t_0010_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0009"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0011" ADD CONSTRAINT "t_0011_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0010"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0012" ADD CONSTRAINT "t_0012_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0011"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0013" ADD CONSTRAINT "t_0013_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0012"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0014" ADD CONSTRAINT "t_0014_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0013"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0015" ADD CONSTRAINT "t_0015_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0014"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0016" ADD CONSTRAINT "t_0016_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0015"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0017" ADD CONSTRAINT "t_0017_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0016"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0018" ADD CONSTRAINT "t_0018_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0017"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0019" ADD CONSTRAINT "t_0019_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0018"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0020" ADD CONSTRAINT "t_0020_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0019"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0021" ADD CONSTRAINT "t_0021_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0020"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0022" ADD CONSTRAINT "t_0022_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0021"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0023" ADD CONSTRAINT "t_0023_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0022"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0024" ADD CONSTRAINT "t_0024_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0023"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0025" ADD CONSTRAINT "t_0025_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0024"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0026" ADD CONSTRAINT "t_0026_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0025"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0027" ADD CONSTRAINT "t_0027_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0026"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0028" ADD CONSTRAINT "t_0028_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0027"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0029" ADD CONSTRAINT "t_0029_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0028"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0030" ADD CONSTRAINT "t_0030_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0029"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0031" ADD CONSTRAINT "t_0031_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0030"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0032" ADD CONSTRAINT "t_0032_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0031"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0033" ADD CONSTRAINT "t_0033_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0032"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0034" ADD CONSTRAINT "t_0034_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0033"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0035" ADD CONSTRAINT "t_0035_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0034"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0036" ADD CONSTRAINT "t_0036_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0035"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0037" ADD CONSTRAINT "t_0037_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0036"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0038" ADD CONSTRAINT "t_0038_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0037"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0039" ADD CONSTRAINT "t_0039_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0038"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0040" ADD CONSTRAINT "t_0040_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0039"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0041" ADD CONSTRAINT "t_0041_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0040"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0042" ADD CONSTRAINT "t_0042_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0041"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0043" ADD CONSTRAINT "t_0043_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0042"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0044" ADD CONSTRAINT "t_0044_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0043"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0045" ADD CONSTRAINT "t_0045_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0044"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0046" ADD CONSTRAINT "t_0046_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0045"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0047" ADD CONSTRAINT "t_0047_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0046"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0048" ADD CONSTRAINT "t_0048_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0047"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0049" ADD CONSTRAINT "t_0049_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0048"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0050" ADD CONSTRAINT "t_0050_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0049"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0051" ADD CONSTRAINT "t_0051_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0050"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0052" ADD CONSTRAINT "t_0052_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0051"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0053" ADD CONSTRAINT "t_0053_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0052"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0054" ADD CONSTRAINT "t_0054_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0053"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0055" ADD CONSTRAINT "t_0055_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0054"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0056" ADD CONSTRAINT "t_0056_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0055"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0057" ADD CONSTRAINT "t_0057_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0056"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0058" ADD CONSTRAINT "t_0058_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0057"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0059" ADD CONSTRAINT "t_0059_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0058"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0060" ADD CONSTRAINT "t_0060_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0059"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0061" ADD CONSTRAINT "t_0061_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0060"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0062" ADD CONSTRAINT "t_0062_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0061"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0063" ADD CONSTRAINT "t_0063_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0062"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0064" ADD CONSTRAINT "t_0064_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0063"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0065" ADD CONSTRAINT "t_0065_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0064"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0066" ADD CONSTRAINT "t_0066_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0065"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0067" ADD CONSTRAINT "t_0067_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0066"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0068" ADD CONSTRAINT "t_0068_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0067"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0069" ADD CONSTRAINT "t_0069_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0068"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0070" ADD CONSTRAINT "t_0070_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0069"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0071" ADD CONSTRAINT "t_0071_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0070"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0072" ADD CONSTRAINT "t_0072_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0071"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0073" ADD CONSTRAINT "t_0073_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0072"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0074" ADD CONSTRAINT "t_0074_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0073"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0075" ADD CONSTRAINT "t_0075_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0074"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0076" ADD CONSTRAINT "t_0076_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0075"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0077" ADD CONSTRAINT "t_0077_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0076"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0078" ADD CONSTRAINT "t_0078_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0077"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0079" ADD CONSTRAINT "t_0079_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0078"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0080" ADD CONSTRAINT "t_0080_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0079"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0081" ADD CONSTRAINT "t_0081_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0080"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0082" ADD CONSTRAINT "t_0082_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0081"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0083" ADD CONSTRAINT "t_0083_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0082"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0084" ADD CONSTRAINT "t_0084_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0083"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0085" ADD CONSTRAINT "t_0085_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0084"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0086" ADD CONSTRAINT "t_0086_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0085"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0087" ADD CONSTRAINT "t_0087_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0086"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0088" ADD CONSTRAINT "t_0088_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0087"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0089" ADD CONSTRAINT "t_0089_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0088"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0090" ADD CONSTRAINT "t_0090_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0089"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0091" ADD CONSTRAINT "t_0091_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0090"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0092" ADD CONSTRAINT "t_0092_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0091"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0093" ADD CONSTRAINT "t_0093_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0092"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0094" ADD CONSTRAINT "t_0094_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0093"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0095" ADD CONSTRAINT "t_0095_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0094"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0096" ADD CONSTRAINT "t_0096_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0095"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0097" ADD CONSTRAINT "t_0097_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0096"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0098" ADD CONSTRAINT "t_0098_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0097"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0099" ADD CONSTRAINT "t_0099_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0098"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0100" ADD CONSTRAINT "t_0100_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0099"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0101" ADD CONSTRAINT "t_0101_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0100"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0102" ADD CONSTRAINT "t_0102_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0101"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0103" ADD CONSTRAINT "t_0103_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0102"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0104" ADD CONSTRAINT "t_0104_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0103"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0105" ADD CONSTRAINT "t_0105_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0104"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0106" ADD CONSTRAINT "t_0106_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0105"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0107" ADD CONSTRAINT "t_0107_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0106"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0108" ADD CONSTRAINT "t_0108_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0107"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0109" ADD CONSTRAINT "t_0109_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0108"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0110" ADD CONSTRAINT "t_0110_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0109"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0111" ADD CONSTRAINT "t_0111_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0110"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0112" ADD CONSTRAINT "t_0112_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0111"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0113" ADD CONSTRAINT "t_0113_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0112"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0114" ADD CONSTRAINT "t_0114_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0113"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0115" ADD CONSTRAINT "t_0115_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0114"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0116" ADD CONSTRAINT "t_0116_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0115"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0117" ADD CONSTRAINT "t_0117_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0116"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0118" ADD CONSTRAINT "t_0118_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0117"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0119" ADD CONSTRAINT "t_0119_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0118"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0120" ADD CONSTRAINT "t_0120_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0119"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0121" ADD CONSTRAINT "t_0121_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0120"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0122" ADD CONSTRAINT "t_0122_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0121"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0123" ADD CONSTRAINT "t_0123_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0122"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0124" ADD CONSTRAINT "t_0124_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0123"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0125" ADD CONSTRAINT "t_0125_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0124"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0126" ADD CONSTRAINT "t_0126_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0125"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0127" ADD CONSTRAINT "t_0127_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0126"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0128" ADD CONSTRAINT "t_0128_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0127"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0129" ADD CONSTRAINT "t_0129_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0128"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0130" ADD CONSTRAINT "t_0130_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0129"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0131" ADD CONSTRAINT "t_0131_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0130"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0132" ADD CONSTRAINT "t_0132_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0131"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0133" ADD CONSTRAINT "t_0133_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0132"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0134" ADD CONSTRAINT "t_0134_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0133"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0135" ADD CONSTRAINT "t_0135_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0134"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0136" ADD CONSTRAINT "t_0136_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0135"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0137" ADD CONSTRAINT "t_0137_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0136"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0138" ADD CONSTRAINT "t_0138_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0137"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0139" ADD CONSTRAINT "t_0139_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0138"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0140" ADD CONSTRAINT "t_0140_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0139"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0141" ADD CONSTRAINT "t_0141_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0140"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0142" ADD CONSTRAINT "t_0142_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0141"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0143" ADD CONSTRAINT "t_0143_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0142"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0144" ADD CONSTRAINT "t_0144_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0143"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0145" ADD CONSTRAINT "t_0145_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0144"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0146" ADD CONSTRAINT "t_0146_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0145"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0147" ADD CONSTRAINT "t_0147_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0146"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0148" ADD CONSTRAINT "t_0148_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0147"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0149" ADD CONSTRAINT "t_0149_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0148"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0150" ADD CONSTRAINT "t_0150_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0149"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0151" ADD CONSTRAINT "t_0151_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0150"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0152" ADD CONSTRAINT "t_0152_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0151"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0153" ADD CONSTRAINT "t_0153_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0152"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0154" ADD CONSTRAINT "t_0154_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0153"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0155" ADD CONSTRAINT "t_0155_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0154"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0156" ADD CONSTRAINT "t_0156_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0155"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0157" ADD CONSTRAINT "t_0157_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0156"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0158" ADD CONSTRAINT "t_0158_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0157"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0159" ADD CONSTRAINT "t_0159_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0158"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0160" ADD CONSTRAINT "t_0160_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0159"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0161" ADD CONSTRAINT "t_0161_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0160"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0162" ADD CONSTRAINT "t_0162_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0161"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0163" ADD CONSTRAINT "t_0163_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0162"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0164" ADD CONSTRAINT "t_0164_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0163"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0165" ADD CONSTRAINT "t_0165_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0164"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0166" ADD CONSTRAINT "t_0166_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0165"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0167" ADD CONSTRAINT "t_0167_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0166"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0168" ADD CONSTRAINT "t_0168_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0167"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0169" ADD CONSTRAINT "t_0169_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0168"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0170" ADD CONSTRAINT "t_0170_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0169"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0171" ADD CONSTRAINT "t_0171_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0170"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0172" ADD CONSTRAINT "t_0172_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0171"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0173" ADD CONSTRAINT "t_0173_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0172"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0174" ADD CONSTRAINT "t_0174_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0173"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0175" ADD CONSTRAINT "t_0175_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0174"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0176" ADD CONSTRAINT "t_0176_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0175"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0177" ADD CONSTRAINT "t_0177_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0176"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0178" ADD CONSTRAINT "t_0178_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0177"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0179" ADD CONSTRAINT "t_0179_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0178"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0180" ADD CONSTRAINT "t_0180_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0179"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0181" ADD CONSTRAINT "t_0181_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0180"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0182" ADD CONSTRAINT "t_0182_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0181"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0183" ADD CONSTRAINT "t_0183_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0182"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0184" ADD CONSTRAINT "t_0184_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0183"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0185" ADD CONSTRAINT "t_0185_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0184"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0186" ADD CONSTRAINT "t_0186_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0185"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0187" ADD CONSTRAINT "t_0187_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0186"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0188" ADD CONSTRAINT "t_0188_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0187"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0189" ADD CONSTRAINT "t_0189_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0188"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0190" ADD CONSTRAINT "t_0190_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0189"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0191" ADD CONSTRAINT "t_0191_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0190"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0192" ADD CONSTRAINT "t_0192_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0191"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0193" ADD CONSTRAINT "t_0193_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0192"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0194" ADD CONSTRAINT "t_0194_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0193"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0195" ADD CONSTRAINT "t_0195_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0194"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0196" ADD CONSTRAINT "t_0196_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0195"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0197" ADD CONSTRAINT "t_0197_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0196"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0198" ADD CONSTRAINT "t_0198_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0197"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0199" ADD CONSTRAINT "t_0199_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0198"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0200" ADD CONSTRAINT "t_0200_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0199"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0201" ADD CONSTRAINT "t_0201_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0200"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0202" ADD CONSTRAINT "t_0202_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0201"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0203" ADD CONSTRAINT "t_0203_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0202"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0204" ADD CONSTRAINT "t_0204_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0203"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0205" ADD CONSTRAINT "t_0205_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0204"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0206" ADD CONSTRAINT "t_0206_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0205"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0207" ADD CONSTRAINT "t_0207_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0206"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0208" ADD CONSTRAINT "t_0208_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0207"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0209" ADD CONSTRAINT "t_0209_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0208"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0210" ADD CONSTRAINT "t_0210_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0209"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0211" ADD CONSTRAINT "t_0211_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0210"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0212" ADD CONSTRAINT "t_0212_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0211"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0213" ADD CONSTRAINT "t_0213_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0212"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0214" ADD CONSTRAINT "t_0214_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0213"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0215" ADD CONSTRAINT "t_0215_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0214"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0216" ADD CONSTRAINT "t_0216_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0215"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0217" ADD CONSTRAINT "t_0217_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0216"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0218" ADD CONSTRAINT "t_0218_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0217"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0219" ADD CONSTRAINT "t_0219_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0218"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0220" ADD CONSTRAINT "t_0220_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0219"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0221" ADD CONSTRAINT "t_0221_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0220"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0222" ADD CONSTRAINT "t_0222_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0221"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0223" ADD CONSTRAINT "t_0223_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0222"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0224" ADD CONSTRAINT "t_0224_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0223"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0225" ADD CONSTRAINT "t_0225_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0224"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0226" ADD CONSTRAINT "t_0226_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0225"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0227" ADD CONSTRAINT "t_0227_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0226"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0228" ADD CONSTRAINT "t_0228_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0227"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0229" ADD CONSTRAINT "t_0229_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0228"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0230" ADD CONSTRAINT "t_0230_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0229"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0231" ADD CONSTRAINT "t_0231_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0230"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0232" ADD CONSTRAINT "t_0232_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0231"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0233" ADD CONSTRAINT "t_0233_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0232"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0234" ADD CONSTRAINT "t_0234_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0233"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0235" ADD CONSTRAINT "t_0235_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0234"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0236" ADD CONSTRAINT "t_0236_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0235"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0237" ADD CONSTRAINT "t_0237_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0236"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0238" ADD CONSTRAINT "t_0238_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0237"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0239" ADD CONSTRAINT "t_0239_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0238"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0240" ADD CONSTRAINT "t_0240_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0239"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0241" ADD CONSTRAINT "t_0241_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0240"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0242" ADD CONSTRAINT "t_0242_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0241"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0243" ADD CONSTRAINT "t_0243_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0242"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0244" ADD CONSTRAINT "t_0244_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0243"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0245" ADD CONSTRAINT "t_0245_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0244"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0246" ADD CONSTRAINT "t_0246_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0245"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0247" ADD CONSTRAINT "t_0247_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0246"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0248" ADD CONSTRAINT "t_0248_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0247"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0249" ADD CONSTRAINT "t_0249_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0248"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0250" ADD CONSTRAINT "t_0250_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0249"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0251" ADD CONSTRAINT "t_0251_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0250"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0252" ADD CONSTRAINT "t_0252_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0251"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0253" ADD CONSTRAINT "t_0253_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0252"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0254" ADD CONSTRAINT "t_0254_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0253"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0255" ADD CONSTRAINT "t_0255_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0254"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0256" ADD CONSTRAINT "t_0256_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0255"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0257" ADD CONSTRAINT "t_0257_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0256"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0258" ADD CONSTRAINT "t_0258_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0257"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0259" ADD CONSTRAINT "t_0259_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0258"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0260" ADD CONSTRAINT "t_0260_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0259"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0261" ADD CONSTRAINT "t_0261_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0260"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0262" ADD CONSTRAINT "t_0262_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0261"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0263" ADD CONSTRAINT "t_0263_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0262"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0264" ADD CONSTRAINT "t_0264_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0263"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0265" ADD CONSTRAINT "t_0265_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0264"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0266" ADD CONSTRAINT "t_0266_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0265"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0267" ADD CONSTRAINT "t_0267_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0266"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0268" ADD CONSTRAINT "t_0268_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0267"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0269" ADD CONSTRAINT "t_0269_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0268"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0270" ADD CONSTRAINT "t_0270_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0269"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0271" ADD CONSTRAINT "t_0271_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0270"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0272" ADD CONSTRAINT "t_0272_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0271"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0273" ADD CONSTRAINT "t_0273_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0272"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0274" ADD CONSTRAINT "t_0274_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0273"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0275" ADD CONSTRAINT "t_0275_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0274"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0276" ADD CONSTRAINT "t_0276_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0275"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0277" ADD CONSTRAINT "t_0277_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0276"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0278" ADD CONSTRAINT "t_0278_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0277"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0279" ADD CONSTRAINT "t_0279_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0278"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0280" ADD CONSTRAINT "t_0280_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0279"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0281" ADD CONSTRAINT "t_0281_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0280"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0282" ADD CONSTRAINT "t_0282_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0281"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0283" ADD CONSTRAINT "t_0283_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0282"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0284" ADD CONSTRAINT "t_0284_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0283"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0285" ADD CONSTRAINT "t_0285_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0284"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0286" ADD CONSTRAINT "t_0286_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0285"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0287" ADD CONSTRAINT "t_0287_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0286"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0288" ADD CONSTRAINT "t_0288_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0287"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0289" ADD CONSTRAINT "t_0289_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0288"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0290" ADD CONSTRAINT "t_0290_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0289"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0291" ADD CONSTRAINT "t_0291_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0290"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0292" ADD CONSTRAINT "t_0292_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0291"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0293" ADD CONSTRAINT "t_0293_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0292"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0294" ADD CONSTRAINT "t_0294_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0293"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0295" ADD CONSTRAINT "t_0295_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0294"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0296" ADD CONSTRAINT "t_0296_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0295"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0297" ADD CONSTRAINT "t_0297_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0296"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0298" ADD CONSTRAINT "t_0298_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0297"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0299" ADD CONSTRAINT "t_0299_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0298"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0300" ADD CONSTRAINT "t_0300_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0299"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0301" ADD CONSTRAINT "t_0301_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0300"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0302" ADD CONSTRAINT "t_0302_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0301"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0303" ADD CONSTRAINT "t_0303_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0302"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0304" ADD CONSTRAINT "t_0304_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0303"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0305" ADD CONSTRAINT "t_0305_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0304"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0306" ADD CONSTRAINT "t_0306_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0305"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0307" ADD CONSTRAINT "t_0307_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0306"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0308" ADD CONSTRAINT "t_0308_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0307"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0309" ADD CONSTRAINT "t_0309_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0308"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0310" ADD CONSTRAINT "t_0310_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0309"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0311" ADD CONSTRAINT "t_0311_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0310"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0312" ADD CONSTRAINT "t_0312_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0311"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0313" ADD CONSTRAINT "t_0313_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0312"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0314" ADD CONSTRAINT "t_0314_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0313"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0315" ADD CONSTRAINT "t_0315_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0314"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0316" ADD CONSTRAINT "t_0316_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0315"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0317" ADD CONSTRAINT "t_0317_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0316"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0318" ADD CONSTRAINT "t_0318_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0317"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0319" ADD CONSTRAINT "t_0319_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0318"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0320" ADD CONSTRAINT "t_0320_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0319"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0321" ADD CONSTRAINT "t_0321_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0320"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0322" ADD CONSTRAINT "t_0322_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0321"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0323" ADD CONSTRAINT "t_0323_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0322"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0324" ADD CONSTRAINT "t_0324_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0323"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0325" ADD CONSTRAINT "t_0325_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0324"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0326" ADD CONSTRAINT "t_0326_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0325"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0327" ADD CONSTRAINT "t_0327_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0326"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0328" ADD CONSTRAINT "t_0328_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0327"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0329" ADD CONSTRAINT "t_0329_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0328"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0330" ADD CONSTRAINT "t_0330_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0329"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0331" ADD CONSTRAINT "t_0331_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0330"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0332" ADD CONSTRAINT "t_0332_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0331"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0333" ADD CONSTRAINT "t_0333_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0332"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0334" ADD CONSTRAINT "t_0334_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0333"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0335" ADD CONSTRAINT "t_0335_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0334"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0336" ADD CONSTRAINT "t_0336_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0335"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0337" ADD CONSTRAINT "t_0337_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0336"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0338" ADD CONSTRAINT "t_0338_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0337"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0339" ADD CONSTRAINT "t_0339_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0338"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0340" ADD CONSTRAINT "t_0340_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0339"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0341" ADD CONSTRAINT "t_0341_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0340"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0342" ADD CONSTRAINT "t_0342_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0341"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0343" ADD CONSTRAINT "t_0343_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0342"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0344" ADD CONSTRAINT "t_0344_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0343"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0345" ADD CONSTRAINT "t_0345_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0344"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0346" ADD CONSTRAINT "t_0346_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0345"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0347" ADD CONSTRAINT "t_0347_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0346"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0348" ADD CONSTRAINT "t_0348_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0347"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0349" ADD CONSTRAINT "t_0349_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0348"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0350" ADD CONSTRAINT "t_0350_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0349"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0351" ADD CONSTRAINT "t_0351_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0350"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0352" ADD CONSTRAINT "t_0352_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0351"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0353" ADD CONSTRAINT "t_0353_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0352"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0354" ADD CONSTRAINT "t_0354_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0353"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0355" ADD CONSTRAINT "t_0355_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0354"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0356" ADD CONSTRAINT "t_0356_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0355"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0357" ADD CONSTRAINT "t_0357_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0356"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0358" ADD CONSTRAINT "t_0358_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0357"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0359" ADD CONSTRAINT "t_0359_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0358"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0360" ADD CONSTRAINT "t_0360_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0359"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0361" ADD CONSTRAINT "t_0361_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0360"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0362" ADD CONSTRAINT "t_0362_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0361"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0363" ADD CONSTRAINT "t_0363_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0362"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0364" ADD CONSTRAINT "t_0364_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0363"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0365" ADD CONSTRAINT "t_0365_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0364"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0366" ADD CONSTRAINT "t_0366_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0365"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0367" ADD CONSTRAINT "t_0367_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0366"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0368" ADD CONSTRAINT "t_0368_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0367"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0369" ADD CONSTRAINT "t_0369_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0368"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0370" ADD CONSTRAINT "t_0370_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0369"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0371" ADD CONSTRAINT "t_0371_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0370"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0372" ADD CONSTRAINT "t_0372_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0371"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0373" ADD CONSTRAINT "t_0373_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0372"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0374" ADD CONSTRAINT "t_0374_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0373"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0375" ADD CONSTRAINT "t_0375_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0374"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0376" ADD CONSTRAINT "t_0376_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0375"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0377" ADD CONSTRAINT "t_0377_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0376"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0378" ADD CONSTRAINT "t_0378_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0377"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0379" ADD CONSTRAINT "t_0379_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0378"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0380" ADD CONSTRAINT "t_0380_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0379"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0381" ADD CONSTRAINT "t_0381_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0380"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0382" ADD CONSTRAINT "t_0382_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0381"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0383" ADD CONSTRAINT "t_0383_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0382"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0384" ADD CONSTRAINT "t_0384_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0383"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0385" ADD CONSTRAINT "t_0385_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0384"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0386" ADD CONSTRAINT "t_0386_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0385"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0387" ADD CONSTRAINT "t_0387_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0386"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0388" ADD CONSTRAINT "t_0388_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0387"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0389" ADD CONSTRAINT "t_0389_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0388"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0390" ADD CONSTRAINT "t_0390_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0389"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0391" ADD CONSTRAINT "t_0391_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0390"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0392" ADD CONSTRAINT "t_0392_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0391"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0393" ADD CONSTRAINT "t_0393_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0392"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0394" ADD CONSTRAINT "t_0394_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0393"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0395" ADD CONSTRAINT "t_0395_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0394"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0396" ADD CONSTRAINT "t_0396_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0395"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0397" ADD CONSTRAINT "t_0397_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0396"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0398" ADD CONSTRAINT "t_0398_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0397"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0399" ADD CONSTRAINT "t_0399_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0398"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0400" ADD CONSTRAINT "t_0400_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0399"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0401" ADD CONSTRAINT "t_0401_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0400"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0402" ADD CONSTRAINT "t_0402_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0401"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0403" ADD CONSTRAINT "t_0403_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0402"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0404" ADD CONSTRAINT "t_0404_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0403"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0405" ADD CONSTRAINT "t_0405_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0404"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0406" ADD CONSTRAINT "t_0406_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0405"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0407" ADD CONSTRAINT "t_0407_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0406"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0408" ADD CONSTRAINT "t_0408_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0407"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0409" ADD CONSTRAINT "t_0409_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0408"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0410" ADD CONSTRAINT "t_0410_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0409"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0411" ADD CONSTRAINT "t_0411_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0410"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0412" ADD CONSTRAINT "t_0412_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0411"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0413" ADD CONSTRAINT "t_0413_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0412"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0414" ADD CONSTRAINT "t_0414_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0413"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0415" ADD CONSTRAINT "t_0415_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0414"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0416" ADD CONSTRAINT "t_0416_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0415"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0417" ADD CONSTRAINT "t_0417_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0416"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0418" ADD CONSTRAINT "t_0418_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0417"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0419" ADD CONSTRAINT "t_0419_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0418"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0420" ADD CONSTRAINT "t_0420_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0419"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0421" ADD CONSTRAINT "t_0421_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0420"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0422" ADD CONSTRAINT "t_0422_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0421"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0423" ADD CONSTRAINT "t_0423_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0422"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0424" ADD CONSTRAINT "t_0424_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0423"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0425" ADD CONSTRAINT "t_0425_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0424"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0426" ADD CONSTRAINT "t_0426_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0425"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0427" ADD CONSTRAINT "t_0427_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0426"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0428" ADD CONSTRAINT "t_0428_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0427"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0429" ADD CONSTRAINT "t_0429_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0428"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0430" ADD CONSTRAINT "t_0430_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0429"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0431" ADD CONSTRAINT "t_0431_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0430"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0432" ADD CONSTRAINT "t_0432_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0431"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0433" ADD CONSTRAINT "t_0433_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0432"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0434" ADD CONSTRAINT "t_0434_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0433"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0435" ADD CONSTRAINT "t_0435_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0434"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0436" ADD CONSTRAINT "t_0436_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0435"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0437" ADD CONSTRAINT "t_0437_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0436"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0438" ADD CONSTRAINT "t_0438_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0437"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0439" ADD CONSTRAINT "t_0439_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0438"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0440" ADD CONSTRAINT "t_0440_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0439"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0441" ADD CONSTRAINT "t_0441_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0440"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0442" ADD CONSTRAINT "t_0442_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0441"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0443" ADD CONSTRAINT "t_0443_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0442"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0444" ADD CONSTRAINT "t_0444_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0443"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0445" ADD CONSTRAINT "t_0445_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0444"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0446" ADD CONSTRAINT "t_0446_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0445"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0447" ADD CONSTRAINT "t_0447_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0446"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0448" ADD CONSTRAINT "t_0448_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0447"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0449" ADD CONSTRAINT "t_0449_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0448"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0450" ADD CONSTRAINT "t_0450_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0449"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0451" ADD CONSTRAINT "t_0451_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0450"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0452" ADD CONSTRAINT "t_0452_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0451"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0453" ADD CONSTRAINT "t_0453_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0452"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0454" ADD CONSTRAINT "t_0454_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0453"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0455" ADD CONSTRAINT "t_0455_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0454"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0456" ADD CONSTRAINT "t_0456_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0455"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0457" ADD CONSTRAINT "t_0457_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0456"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0458" ADD CONSTRAINT "t_0458_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0457"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0459" ADD CONSTRAINT "t_0459_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0458"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0460" ADD CONSTRAINT "t_0460_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0459"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0461" ADD CONSTRAINT "t_0461_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0460"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0462" ADD CONSTRAINT "t_0462_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0461"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0463" ADD CONSTRAINT "t_0463_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0462"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0464" ADD CONSTRAINT "t_0464_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0463"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0465" ADD CONSTRAINT "t_0465_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0464"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0466" ADD CONSTRAINT "t_0466_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0465"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0467" ADD CONSTRAINT "t_0467_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0466"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0468" ADD CONSTRAINT "t_0468_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0467"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0469" ADD CONSTRAINT "t_0469_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0468"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0470" ADD CONSTRAINT "t_0470_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0469"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0471" ADD CONSTRAINT "t_0471_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0470"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0472" ADD CONSTRAINT "t_0472_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0471"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0473" ADD CONSTRAINT "t_0473_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0472"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0474" ADD CONSTRAINT "t_0474_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0473"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0475" ADD CONSTRAINT "t_0475_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0474"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0476" ADD CONSTRAINT "t_0476_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0475"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0477" ADD CONSTRAINT "t_0477_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0476"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0478" ADD CONSTRAINT "t_0478_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0477"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0479" ADD CONSTRAINT "t_0479_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0478"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0480" ADD CONSTRAINT "t_0480_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0479"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0481" ADD CONSTRAINT "t_0481_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0480"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0482" ADD CONSTRAINT "t_0482_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0481"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0483" ADD CONSTRAINT "t_0483_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0482"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0484" ADD CONSTRAINT "t_0484_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0483"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0485" ADD CONSTRAINT "t_0485_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0484"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0486" ADD CONSTRAINT "t_0486_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0485"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0487" ADD CONSTRAINT "t_0487_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0486"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0488" ADD CONSTRAINT "t_0488_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0487"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0489" ADD CONSTRAINT "t_0489_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0488"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0490" ADD CONSTRAINT "t_0490_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0489"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0491" ADD CONSTRAINT "t_0491_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0490"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0492" ADD CONSTRAINT "t_0492_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0491"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0493" ADD CONSTRAINT "t_0493_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0492"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0494" ADD CONSTRAINT "t_0494_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0493"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0495" ADD CONSTRAINT "t_0495_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0494"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0496" ADD CONSTRAINT "t_0496_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0495"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0497" ADD CONSTRAINT "t_0497_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0496"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0498" ADD CONSTRAINT "t_0498_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0497"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0499" ADD CONSTRAINT "t_0499_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0498"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0500" ADD CONSTRAINT "t_0500_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0499"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0501" ADD CONSTRAINT "t_0501_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0500"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0502" ADD CONSTRAINT "t_0502_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0501"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0503" ADD CONSTRAINT "t_0503_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0502"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0504" ADD CONSTRAINT "t_0504_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0503"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0505" ADD CONSTRAINT "t_0505_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0504"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0506" ADD CONSTRAINT "t_0506_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0505"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0507" ADD CONSTRAINT "t_0507_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0506"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0508" ADD CONSTRAINT "t_0508_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0507"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0509" ADD CONSTRAINT "t_0509_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0508"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0510" ADD CONSTRAINT "t_0510_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0509"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0511" ADD CONSTRAINT "t_0511_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0510"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0512" ADD CONSTRAINT "t_0512_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0511"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0513" ADD CONSTRAINT "t_0513_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0512"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0514" ADD CONSTRAINT "t_0514_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0513"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0515" ADD CONSTRAINT "t_0515_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0514"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0516" ADD CONSTRAINT "t_0516_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0515"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0517" ADD CONSTRAINT "t_0517_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0516"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0518" ADD CONSTRAINT "t_0518_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0517"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0519" ADD CONSTRAINT "t_0519_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0518"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0520" ADD CONSTRAINT "t_0520_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0519"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0521" ADD CONSTRAINT "t_0521_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0520"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0522" ADD CONSTRAINT "t_0522_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0521"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0523" ADD CONSTRAINT "t_0523_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0522"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0524" ADD CONSTRAINT "t_0524_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0523"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0525" ADD CONSTRAINT "t_0525_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0524"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0526" ADD CONSTRAINT "t_0526_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0525"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0527" ADD CONSTRAINT "t_0527_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0526"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0528" ADD CONSTRAINT "t_0528_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0527"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0529" ADD CONSTRAINT "t_0529_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0528"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0530" ADD CONSTRAINT "t_0530_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0529"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0531" ADD CONSTRAINT "t_0531_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0530"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0532" ADD CONSTRAINT "t_0532_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0531"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0533" ADD CONSTRAINT "t_0533_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0532"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0534" ADD CONSTRAINT "t_0534_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0533"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0535" ADD CONSTRAINT "t_0535_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0534"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0536" ADD CONSTRAINT "t_0536_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0535"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0537" ADD CONSTRAINT "t_0537_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0536"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0538" ADD CONSTRAINT "t_0538_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0537"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0539" ADD CONSTRAINT "t_0539_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0538"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0540" ADD CONSTRAINT "t_0540_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0539"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0541" ADD CONSTRAINT "t_0541_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0540"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0542" ADD CONSTRAINT "t_0542_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0541"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0543" ADD CONSTRAINT "t_0543_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0542"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0544" ADD CONSTRAINT "t_0544_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0543"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0545" ADD CONSTRAINT "t_0545_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0544"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0546" ADD CONSTRAINT "t_0546_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0545"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0547" ADD CONSTRAINT "t_0547_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0546"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0548" ADD CONSTRAINT "t_0548_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0547"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0549" ADD CONSTRAINT "t_0549_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0548"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0550" ADD CONSTRAINT "t_0550_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0549"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0551" ADD CONSTRAINT "t_0551_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0550"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0552" ADD CONSTRAINT "t_0552_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0551"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0553" ADD CONSTRAINT "t_0553_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0552"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0554" ADD CONSTRAINT "t_0554_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0553"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0555" ADD CONSTRAINT "t_0555_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0554"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0556" ADD CONSTRAINT "t_0556_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0555"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0557" ADD CONSTRAINT "t_0557_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0556"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0558" ADD CONSTRAINT "t_0558_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0557"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0559" ADD CONSTRAINT "t_0559_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0558"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0560" ADD CONSTRAINT "t_0560_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0559"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0561" ADD CONSTRAINT "t_0561_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0560"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0562" ADD CONSTRAINT "t_0562_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0561"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0563" ADD CONSTRAINT "t_0563_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0562"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0564" ADD CONSTRAINT "t_0564_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0563"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0565" ADD CONSTRAINT "t_0565_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0564"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0566" ADD CONSTRAINT "t_0566_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0565"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0567" ADD CONSTRAINT "t_0567_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0566"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0568" ADD CONSTRAINT "t_0568_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0567"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0569" ADD CONSTRAINT "t_0569_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0568"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0570" ADD CONSTRAINT "t_0570_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0569"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0571" ADD CONSTRAINT "t_0571_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0570"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0572" ADD CONSTRAINT "t_0572_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0571"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0573" ADD CONSTRAINT "t_0573_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0572"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0574" ADD CONSTRAINT "t_0574_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0573"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0575" ADD CONSTRAINT "t_0575_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0574"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0576" ADD CONSTRAINT "t_0576_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0575"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0577" ADD CONSTRAINT "t_0577_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0576"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0578" ADD CONSTRAINT "t_0578_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0577"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0579" ADD CONSTRAINT "t_0579_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0578"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0580" ADD CONSTRAINT "t_0580_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0579"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0581" ADD CONSTRAINT "t_0581_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0580"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0582" ADD CONSTRAINT "t_0582_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0581"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0583" ADD CONSTRAINT "t_0583_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0582"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0584" ADD CONSTRAINT "t_0584_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0583"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0585" ADD CONSTRAINT "t_0585_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0584"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0586" ADD CONSTRAINT "t_0586_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0585"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0587" ADD CONSTRAINT "t_0587_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0586"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0588" ADD CONSTRAINT "t_0588_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0587"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0589" ADD CONSTRAINT "t_0589_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0588"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0590" ADD CONSTRAINT "t_0590_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0589"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0591" ADD CONSTRAINT "t_0591_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0590"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0592" ADD CONSTRAINT "t_0592_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0591"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0593" ADD CONSTRAINT "t_0593_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0592"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0594" ADD CONSTRAINT "t_0594_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0593"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0595" ADD CONSTRAINT "t_0595_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0594"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0596" ADD CONSTRAINT "t_0596_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0595"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0597" ADD CONSTRAINT "t_0597_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0596"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0598" ADD CONSTRAINT "t_0598_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0597"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0599" ADD CONSTRAINT "t_0599_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0598"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0600" ADD CONSTRAINT "t_0600_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0599"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0601" ADD CONSTRAINT "t_0601_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0600"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0602" ADD CONSTRAINT "t_0602_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0601"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0603" ADD CONSTRAINT "t_0603_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0602"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0604" ADD CONSTRAINT "t_0604_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0603"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0605" ADD CONSTRAINT "t_0605_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0604"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0606" ADD CONSTRAINT "t_0606_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0605"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0607" ADD CONSTRAINT "t_0607_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0606"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0608" ADD CONSTRAINT "t_0608_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0607"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0609" ADD CONSTRAINT "t_0609_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0608"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0610" ADD CONSTRAINT "t_0610_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0609"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0611" ADD CONSTRAINT "t_0611_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0610"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0612" ADD CONSTRAINT "t_0612_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0611"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0613" ADD CONSTRAINT "t_0613_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0612"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0614" ADD CONSTRAINT "t_0614_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0613"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0615" ADD CONSTRAINT "t_0615_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0614"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0616" ADD CONSTRAINT "t_0616_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0615"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0617" ADD CONSTRAINT "t_0617_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0616"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0618" ADD CONSTRAINT "t_0618_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0617"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0619" ADD CONSTRAINT "t_0619_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0618"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0620" ADD CONSTRAINT "t_0620_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0619"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0621" ADD CONSTRAINT "t_0621_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0620"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0622" ADD CONSTRAINT "t_0622_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0621"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0623" ADD CONSTRAINT "t_0623_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0622"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0624" ADD CONSTRAINT "t_0624_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0623"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0625" ADD CONSTRAINT "t_0625_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0624"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0626" ADD CONSTRAINT "t_0626_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0625"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0627" ADD CONSTRAINT "t_0627_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0626"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0628" ADD CONSTRAINT "t_0628_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0627"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0629" ADD CONSTRAINT "t_0629_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0628"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0630" ADD CONSTRAINT "t_0630_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0629"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0631" ADD CONSTRAINT "t_0631_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0630"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0632" ADD CONSTRAINT "t_0632_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0631"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0633" ADD CONSTRAINT "t_0633_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0632"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0634" ADD CONSTRAINT "t_0634_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0633"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0635" ADD CONSTRAINT "t_0635_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0634"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0636" ADD CONSTRAINT "t_0636_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0635"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0637" ADD CONSTRAINT "t_0637_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0636"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0638" ADD CONSTRAINT "t_0638_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0637"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0639" ADD CONSTRAINT "t_0639_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0638"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0640" ADD CONSTRAINT "t_0640_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0639"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0641" ADD CONSTRAINT "t_0641_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0640"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0642" ADD CONSTRAINT "t_0642_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0641"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0643" ADD CONSTRAINT "t_0643_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0642"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0644" ADD CONSTRAINT "t_0644_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0643"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0645" ADD CONSTRAINT "t_0645_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0644"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0646" ADD CONSTRAINT "t_0646_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0645"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0647" ADD CONSTRAINT "t_0647_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0646"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0648" ADD CONSTRAINT "t_0648_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0647"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0649" ADD CONSTRAINT "t_0649_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0648"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0650" ADD CONSTRAINT "t_0650_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0649"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0651" ADD CONSTRAINT "t_0651_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0650"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0652" ADD CONSTRAINT "t_0652_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0651"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0653" ADD CONSTRAINT "t_0653_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0652"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0654" ADD CONSTRAINT "t_0654_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0653"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0655" ADD CONSTRAINT "t_0655_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0654"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0656" ADD CONSTRAINT "t_0656_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0655"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0657" ADD CONSTRAINT "t_0657_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0656"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0658" ADD CONSTRAINT "t_0658_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0657"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0659" ADD CONSTRAINT "t_0659_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0658"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0660" ADD CONSTRAINT "t_0660_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0659"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0661" ADD CONSTRAINT "t_0661_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0660"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0662" ADD CONSTRAINT "t_0662_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0661"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0663" ADD CONSTRAINT "t_0663_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0662"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0664" ADD CONSTRAINT "t_0664_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0663"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0665" ADD CONSTRAINT "t_0665_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0664"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0666" ADD CONSTRAINT "t_0666_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0665"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0667" ADD CONSTRAINT "t_0667_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0666"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0668" ADD CONSTRAINT "t_0668_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0667"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0669" ADD CONSTRAINT "t_0669_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0668"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0670" ADD CONSTRAINT "t_0670_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0669"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0671" ADD CONSTRAINT "t_0671_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0670"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0672" ADD CONSTRAINT "t_0672_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0671"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0673" ADD CONSTRAINT "t_0673_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0672"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0674" ADD CONSTRAINT "t_0674_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0673"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0675" ADD CONSTRAINT "t_0675_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0674"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0676" ADD CONSTRAINT "t_0676_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0675"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0677" ADD CONSTRAINT "t_0677_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0676"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0678" ADD CONSTRAINT "t_0678_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0677"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0679" ADD CONSTRAINT "t_0679_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0678"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0680" ADD CONSTRAINT "t_0680_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0679"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0681" ADD CONSTRAINT "t_0681_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0680"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0682" ADD CONSTRAINT "t_0682_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0681"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0683" ADD CONSTRAINT "t_0683_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0682"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0684" ADD CONSTRAINT "t_0684_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0683"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0685" ADD CONSTRAINT "t_0685_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0684"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0686" ADD CONSTRAINT "t_0686_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0685"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0687" ADD CONSTRAINT "t_0687_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0686"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0688" ADD CONSTRAINT "t_0688_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0687"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0689" ADD CONSTRAINT "t_0689_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0688"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0690" ADD CONSTRAINT "t_0690_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0689"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0691" ADD CONSTRAINT "t_0691_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0690"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0692" ADD CONSTRAINT "t_0692_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0691"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0693" ADD CONSTRAINT "t_0693_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0692"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0694" ADD CONSTRAINT "t_0694_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0693"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0695" ADD CONSTRAINT "t_0695_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0694"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0696" ADD CONSTRAINT "t_0696_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0695"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0697" ADD CONSTRAINT "t_0697_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0696"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0698" ADD CONSTRAINT "t_0698_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0697"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0699" ADD CONSTRAINT "t_0699_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0698"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0700" ADD CONSTRAINT "t_0700_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0699"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0701" ADD CONSTRAINT "t_0701_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0700"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0702" ADD CONSTRAINT "t_0702_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0701"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0703" ADD CONSTRAINT "t_0703_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0702"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0704" ADD CONSTRAINT "t_0704_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0703"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0705" ADD CONSTRAINT "t_0705_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0704"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0706" ADD CONSTRAINT "t_0706_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0705"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0707" ADD CONSTRAINT "t_0707_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0706"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0708" ADD CONSTRAINT "t_0708_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0707"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0709" ADD CONSTRAINT "t_0709_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0708"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0710" ADD CONSTRAINT "t_0710_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0709"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0711" ADD CONSTRAINT "t_0711_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0710"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0712" ADD CONSTRAINT "t_0712_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0711"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0713" ADD CONSTRAINT "t_0713_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0712"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0714" ADD CONSTRAINT "t_0714_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0713"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0715" ADD CONSTRAINT "t_0715_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0714"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0716" ADD CONSTRAINT "t_0716_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0715"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0717" ADD CONSTRAINT "t_0717_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0716"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0718" ADD CONSTRAINT "t_0718_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0717"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0719" ADD CONSTRAINT "t_0719_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0718"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0720" ADD CONSTRAINT "t_0720_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0719"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0721" ADD CONSTRAINT "t_0721_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0720"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0722" ADD CONSTRAINT "t_0722_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0721"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0723" ADD CONSTRAINT "t_0723_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0722"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0724" ADD CONSTRAINT "t_0724_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0723"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0725" ADD CONSTRAINT "t_0725_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0724"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0726" ADD CONSTRAINT "t_0726_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0725"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0727" ADD CONSTRAINT "t_0727_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0726"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0728" ADD CONSTRAINT "t_0728_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0727"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0729" ADD CONSTRAINT "t_0729_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0728"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0730" ADD CONSTRAINT "t_0730_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0729"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0731" ADD CONSTRAINT "t_0731_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0730"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0732" ADD CONSTRAINT "t_0732_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0731"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0733" ADD CONSTRAINT "t_0733_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0732"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0734" ADD CONSTRAINT "t_0734_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0733"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0735" ADD CONSTRAINT "t_0735_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0734"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0736" ADD CONSTRAINT "t_0736_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0735"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0737" ADD CONSTRAINT "t_0737_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0736"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0738" ADD CONSTRAINT "t_0738_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0737"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0739" ADD CONSTRAINT "t_0739_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0738"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0740" ADD CONSTRAINT "t_0740_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0739"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0741" ADD CONSTRAINT "t_0741_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0740"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0742" ADD CONSTRAINT "t_0742_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0741"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0743" ADD CONSTRAINT "t_0743_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0742"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0744" ADD CONSTRAINT "t_0744_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0743"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0745" ADD CONSTRAINT "t_0745_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0744"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0746" ADD CONSTRAINT "t_0746_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0745"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0747" ADD CONSTRAINT "t_0747_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0746"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0748" ADD CONSTRAINT "t_0748_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0747"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0749" ADD CONSTRAINT "t_0749_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0748"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0750" ADD CONSTRAINT "t_0750_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0749"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0751" ADD CONSTRAINT "t_0751_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0750"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0752" ADD CONSTRAINT "t_0752_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0751"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0753" ADD CONSTRAINT "t_0753_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0752"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0754" ADD CONSTRAINT "t_0754_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0753"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0755" ADD CONSTRAINT "t_0755_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0754"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0756" ADD CONSTRAINT "t_0756_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0755"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0757" ADD CONSTRAINT "t_0757_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0756"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0758" ADD CONSTRAINT "t_0758_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0757"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0759" ADD CONSTRAINT "t_0759_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0758"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0760" ADD CONSTRAINT "t_0760_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0759"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0761" ADD CONSTRAINT "t_0761_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0760"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0762" ADD CONSTRAINT "t_0762_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0761"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0763" ADD CONSTRAINT "t_0763_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0762"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0764" ADD CONSTRAINT "t_0764_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0763"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0765" ADD CONSTRAINT "t_0765_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0764"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0766" ADD CONSTRAINT "t_0766_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0765"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0767" ADD CONSTRAINT "t_0767_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0766"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0768" ADD CONSTRAINT "t_0768_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0767"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0769" ADD CONSTRAINT "t_0769_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0768"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0770" ADD CONSTRAINT "t_0770_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0769"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0771" ADD CONSTRAINT "t_0771_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0770"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0772" ADD CONSTRAINT "t_0772_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0771"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0773" ADD CONSTRAINT "t_0773_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0772"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0774" ADD CONSTRAINT "t_0774_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0773"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0775" ADD CONSTRAINT "t_0775_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0774"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0776" ADD CONSTRAINT "t_0776_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0775"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0777" ADD CONSTRAINT "t_0777_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0776"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0778" ADD CONSTRAINT "t_0778_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0777"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0779" ADD CONSTRAINT "t_0779_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0778"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0780" ADD CONSTRAINT "t_0780_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0779"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0781" ADD CONSTRAINT "t_0781_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0780"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0782" ADD CONSTRAINT "t_0782_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0781"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0783" ADD CONSTRAINT "t_0783_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0782"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0784" ADD CONSTRAINT "t_0784_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0783"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0785" ADD CONSTRAINT "t_0785_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0784"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0786" ADD CONSTRAINT "t_0786_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0785"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0787" ADD CONSTRAINT "t_0787_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0786"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0788" ADD CONSTRAINT "t_0788_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0787"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0789" ADD CONSTRAINT "t_0789_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0788"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0790" ADD CONSTRAINT "t_0790_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0789"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0791" ADD CONSTRAINT "t_0791_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0790"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0792" ADD CONSTRAINT "t_0792_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0791"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0793" ADD CONSTRAINT "t_0793_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0792"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0794" ADD CONSTRAINT "t_0794_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0793"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0795" ADD CONSTRAINT "t_0795_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0794"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0796" ADD CONSTRAINT "t_0796_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0795"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0797" ADD CONSTRAINT "t_0797_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0796"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0798" ADD CONSTRAINT "t_0798_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0797"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0799" ADD CONSTRAINT "t_0799_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0798"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0800" ADD CONSTRAINT "t_0800_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0799"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0801" ADD CONSTRAINT "t_0801_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0800"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0802" ADD CONSTRAINT "t_0802_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0801"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0803" ADD CONSTRAINT "t_0803_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0802"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0804" ADD CONSTRAINT "t_0804_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0803"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0805" ADD CONSTRAINT "t_0805_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0804"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0806" ADD CONSTRAINT "t_0806_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0805"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0807" ADD CONSTRAINT "t_0807_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0806"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0808" ADD CONSTRAINT "t_0808_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0807"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0809" ADD CONSTRAINT "t_0809_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0808"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0810" ADD CONSTRAINT "t_0810_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0809"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0811" ADD CONSTRAINT "t_0811_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0810"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0812" ADD CONSTRAINT "t_0812_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0811"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0813" ADD CONSTRAINT "t_0813_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0812"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0814" ADD CONSTRAINT "t_0814_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0813"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0815" ADD CONSTRAINT "t_0815_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0814"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0816" ADD CONSTRAINT "t_0816_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0815"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0817" ADD CONSTRAINT "t_0817_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0816"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0818" ADD CONSTRAINT "t_0818_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0817"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0819" ADD CONSTRAINT "t_0819_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0818"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0820" ADD CONSTRAINT "t_0820_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0819"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0821" ADD CONSTRAINT "t_0821_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0820"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0822" ADD CONSTRAINT "t_0822_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0821"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0823" ADD CONSTRAINT "t_0823_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0822"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0824" ADD CONSTRAINT "t_0824_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0823"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0825" ADD CONSTRAINT "t_0825_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0824"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0826" ADD CONSTRAINT "t_0826_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0825"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0827" ADD CONSTRAINT "t_0827_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0826"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0828" ADD CONSTRAINT "t_0828_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0827"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0829" ADD CONSTRAINT "t_0829_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0828"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0830" ADD CONSTRAINT "t_0830_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0829"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0831" ADD CONSTRAINT "t_0831_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0830"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0832" ADD CONSTRAINT "t_0832_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0831"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0833" ADD CONSTRAINT "t_0833_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0832"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0834" ADD CONSTRAINT "t_0834_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0833"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0835" ADD CONSTRAINT "t_0835_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0834"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0836" ADD CONSTRAINT "t_0836_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0835"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0837" ADD CONSTRAINT "t_0837_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0836"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0838" ADD CONSTRAINT "t_0838_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0837"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0839" ADD CONSTRAINT "t_0839_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0838"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0840" ADD CONSTRAINT "t_0840_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0839"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0841" ADD CONSTRAINT "t_0841_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0840"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0842" ADD CONSTRAINT "t_0842_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0841"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0843" ADD CONSTRAINT "t_0843_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0842"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0844" ADD CONSTRAINT "t_0844_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0843"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0845" ADD CONSTRAINT "t_0845_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0844"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0846" ADD CONSTRAINT "t_0846_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0845"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0847" ADD CONSTRAINT "t_0847_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0846"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0848" ADD CONSTRAINT "t_0848_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0847"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0849" ADD CONSTRAINT "t_0849_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0848"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0850" ADD CONSTRAINT "t_0850_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0849"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0851" ADD CONSTRAINT "t_0851_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0850"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0852" ADD CONSTRAINT "t_0852_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0851"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0853" ADD CONSTRAINT "t_0853_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0852"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0854" ADD CONSTRAINT "t_0854_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0853"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0855" ADD CONSTRAINT "t_0855_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0854"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0856" ADD CONSTRAINT "t_0856_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0855"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0857" ADD CONSTRAINT "t_0857_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0856"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0858" ADD CONSTRAINT "t_0858_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0857"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0859" ADD CONSTRAINT "t_0859_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0858"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0860" ADD CONSTRAINT "t_0860_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0859"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0861" ADD CONSTRAINT "t_0861_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0860"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0862" ADD CONSTRAINT "t_0862_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0861"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0863" ADD CONSTRAINT "t_0863_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0862"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0864" ADD CONSTRAINT "t_0864_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0863"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0865" ADD CONSTRAINT "t_0865_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0864"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0866" ADD CONSTRAINT "t_0866_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0865"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0867" ADD CONSTRAINT "t_0867_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0866"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0868" ADD CONSTRAINT "t_0868_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0867"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0869" ADD CONSTRAINT "t_0869_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0868"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0870" ADD CONSTRAINT "t_0870_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0869"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0871" ADD CONSTRAINT "t_0871_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0870"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0872" ADD CONSTRAINT "t_0872_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0871"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0873" ADD CONSTRAINT "t_0873_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0872"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0874" ADD CONSTRAINT "t_0874_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0873"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0875" ADD CONSTRAINT "t_0875_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0874"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0876" ADD CONSTRAINT "t_0876_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0875"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0877" ADD CONSTRAINT "t_0877_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0876"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0878" ADD CONSTRAINT "t_0878_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0877"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0879" ADD CONSTRAINT "t_0879_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0878"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0880" ADD CONSTRAINT "t_0880_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0879"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0881" ADD CONSTRAINT "t_0881_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0880"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0882" ADD CONSTRAINT "t_0882_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0881"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0883" ADD CONSTRAINT "t_0883_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0882"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0884" ADD CONSTRAINT "t_0884_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0883"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0885" ADD CONSTRAINT "t_0885_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0884"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0886" ADD CONSTRAINT "t_0886_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0885"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0887" ADD CONSTRAINT "t_0887_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0886"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0888" ADD CONSTRAINT "t_0888_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0887"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0889" ADD CONSTRAINT "t_0889_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0888"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0890" ADD CONSTRAINT "t_0890_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0889"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0891" ADD CONSTRAINT "t_0891_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0890"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0892" ADD CONSTRAINT "t_0892_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0891"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0893" ADD CONSTRAINT "t_0893_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0892"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0894" ADD CONSTRAINT "t_0894_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0893"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0895" ADD CONSTRAINT "t_0895_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0894"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0896" ADD CONSTRAINT "t_0896_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0895"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0897" ADD CONSTRAINT "t_0897_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0896"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0898" ADD CONSTRAINT "t_0898_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0897"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0899" ADD CONSTRAINT "t_0899_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0898"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0900" ADD CONSTRAINT "t_0900_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0899"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0901" ADD CONSTRAINT "t_0901_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0900"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0902" ADD CONSTRAINT "t_0902_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0901"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0903" ADD CONSTRAINT "t_0903_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0902"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0904" ADD CONSTRAINT "t_0904_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0903"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0905" ADD CONSTRAINT "t_0905_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0904"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0906" ADD CONSTRAINT "t_0906_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0905"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0907" ADD CONSTRAINT "t_0907_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0906"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0908" ADD CONSTRAINT "t_0908_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0907"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0909" ADD CONSTRAINT "t_0909_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0908"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0910" ADD CONSTRAINT "t_0910_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0909"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0911" ADD CONSTRAINT "t_0911_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0910"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0912" ADD CONSTRAINT "t_0912_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0911"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0913" ADD CONSTRAINT "t_0913_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0912"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0914" ADD CONSTRAINT "t_0914_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0913"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0915" ADD CONSTRAINT "t_0915_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0914"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0916" ADD CONSTRAINT "t_0916_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0915"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0917" ADD CONSTRAINT "t_0917_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0916"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0918" ADD CONSTRAINT "t_0918_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0917"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0919" ADD CONSTRAINT "t_0919_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0918"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0920" ADD CONSTRAINT "t_0920_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0919"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0921" ADD CONSTRAINT "t_0921_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0920"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0922" ADD CONSTRAINT "t_0922_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0921"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0923" ADD CONSTRAINT "t_0923_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0922"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0924" ADD CONSTRAINT "t_0924_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0923"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0925" ADD CONSTRAINT "t_0925_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0924"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0926" ADD CONSTRAINT "t_0926_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0925"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0927" ADD CONSTRAINT "t_0927_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0926"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0928" ADD CONSTRAINT "t_0928_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0927"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0929" ADD CONSTRAINT "t_0929_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0928"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0930" ADD CONSTRAINT "t_0930_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0929"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0931" ADD CONSTRAINT "t_0931_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0930"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0932" ADD CONSTRAINT "t_0932_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0931"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0933" ADD CONSTRAINT "t_0933_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0932"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0934" ADD CONSTRAINT "t_0934_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0933"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0935" ADD CONSTRAINT "t_0935_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0934"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0936" ADD CONSTRAINT "t_0936_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0935"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0937" ADD CONSTRAINT "t_0937_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0936"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0938" ADD CONSTRAINT "t_0938_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0937"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0939" ADD CONSTRAINT "t_0939_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0938"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0940" ADD CONSTRAINT "t_0940_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0939"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0941" ADD CONSTRAINT "t_0941_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0940"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0942" ADD CONSTRAINT "t_0942_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0941"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0943" ADD CONSTRAINT "t_0943_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0942"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0944" ADD CONSTRAINT "t_0944_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0943"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0945" ADD CONSTRAINT "t_0945_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0944"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0946" ADD CONSTRAINT "t_0946_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0945"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0947" ADD CONSTRAINT "t_0947_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0946"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0948" ADD CONSTRAINT "t_0948_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0947"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0949" ADD CONSTRAINT "t_0949_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0948"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0950" ADD CONSTRAINT "t_0950_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0949"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0951" ADD CONSTRAINT "t_0951_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0950"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0952" ADD CONSTRAINT "t_0952_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0951"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0953" ADD CONSTRAINT "t_0953_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0952"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0954" ADD CONSTRAINT "t_0954_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0953"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0955" ADD CONSTRAINT "t_0955_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0954"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0956" ADD CONSTRAINT "t_0956_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0955"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0957" ADD CONSTRAINT "t_0957_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0956"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0958" ADD CONSTRAINT "t_0958_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0957"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0959" ADD CONSTRAINT "t_0959_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0958"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0960" ADD CONSTRAINT "t_0960_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0959"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0961" ADD CONSTRAINT "t_0961_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0960"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0962" ADD CONSTRAINT "t_0962_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0961"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0963" ADD CONSTRAINT "t_0963_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0962"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0964" ADD CONSTRAINT "t_0964_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0963"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0965" ADD CONSTRAINT "t_0965_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0964"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0966" ADD CONSTRAINT "t_0966_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0965"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0967" ADD CONSTRAINT "t_0967_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0966"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0968" ADD CONSTRAINT "t_0968_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0967"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0969" ADD CONSTRAINT "t_0969_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0968"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0970" ADD CONSTRAINT "t_0970_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0969"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0971" ADD CONSTRAINT "t_0971_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0970"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0972" ADD CONSTRAINT "t_0972_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0971"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0973" ADD CONSTRAINT "t_0973_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0972"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0974" ADD CONSTRAINT "t_0974_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0973"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0975" ADD CONSTRAINT "t_0975_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0974"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0976" ADD CONSTRAINT "t_0976_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0975"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0977" ADD CONSTRAINT "t_0977_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0976"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0978" ADD CONSTRAINT "t_0978_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0977"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0979" ADD CONSTRAINT "t_0979_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0978"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0980" ADD CONSTRAINT "t_0980_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0979"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0981" ADD CONSTRAINT "t_0981_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0980"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0982" ADD CONSTRAINT "t_0982_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0981"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0983" ADD CONSTRAINT "t_0983_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0982"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0984" ADD CONSTRAINT "t_0984_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0983"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0985" ADD CONSTRAINT "t_0985_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0984"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0986" ADD CONSTRAINT "t_0986_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0985"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0987" ADD CONSTRAINT "t_0987_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0986"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0988" ADD CONSTRAINT "t_0988_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0987"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0989" ADD CONSTRAINT "t_0989_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0988"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0990" ADD CONSTRAINT "t_0990_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0989"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0991" ADD CONSTRAINT "t_0991_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0990"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0992" ADD CONSTRAINT "t_0992_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0991"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0993" ADD CONSTRAINT "t_0993_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0992"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0994" ADD CONSTRAINT "t_0994_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0993"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0995" ADD CONSTRAINT "t_0995_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0994"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0996" ADD CONSTRAINT "t_0996_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0995"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0997" ADD CONSTRAINT "t_0997_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0996"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0998" ADD CONSTRAINT "t_0998_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0997"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_0999" ADD CONSTRAINT "t_0999_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0998"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "t_1000" ADD CONSTRAINT "t_1000_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0999"("id") ON DELETE CASCADE;
*/