CREATE TABLE "events" (
	"id" integer,
	"tenant" integer NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_tenant_kind_at_index" ON "events" ("tenant","kind","at");--> statement-breakpoint
CREATE INDEX "events_kind_at" ON "events" ("kind","at");