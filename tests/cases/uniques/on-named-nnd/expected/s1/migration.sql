CREATE TABLE "slugs" (
	"id" integer,
	"tenant" integer,
	"slug" text,
	CONSTRAINT "slugs_tenant_slug_uq" UNIQUE NULLS NOT DISTINCT("tenant","slug"),
	CONSTRAINT "slugs_id_tenant_unique" UNIQUE NULLS NOT DISTINCT("id","tenant")
);
