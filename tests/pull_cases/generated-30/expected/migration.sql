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
ALTER TABLE "t_0030" ADD CONSTRAINT "t_0030_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "t_0029"("id") ON DELETE CASCADE;
*/