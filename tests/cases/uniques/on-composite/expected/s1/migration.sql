CREATE TABLE "slugs" (
	"id" integer,
	"tenant" integer NOT NULL,
	"slug" text NOT NULL,
	CONSTRAINT "slugs_tenant_slug_unique" UNIQUE("tenant","slug")
);
