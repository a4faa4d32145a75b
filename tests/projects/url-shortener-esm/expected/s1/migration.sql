CREATE TABLE "clicks" (
	"id" bigserial PRIMARY KEY,
	"linkId" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" inet,
	"userAgent" text,
	"referer" text,
	"country" varchar(2)
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" bigserial PRIMARY KEY,
	"slug" varchar(16) NOT NULL UNIQUE,
	"target" text NOT NULL,
	"ownerId" bigint,
	"enabled" boolean DEFAULT true NOT NULL,
	"expiresAt" timestamp,
	"createdAt" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigserial PRIMARY KEY,
	"email" text NOT NULL UNIQUE,
	"apiKey" text UNIQUE,
	"createdAt" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "clicks_linkId_at_index" ON "clicks" ("linkId","at");--> statement-breakpoint
CREATE INDEX "links_owner_idx" ON "links" ("ownerId");--> statement-breakpoint
CREATE INDEX "links_expiring_idx" ON "links" ("expiresAt") WHERE "expiresAt" is not null;--> statement-breakpoint
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_linkId_links_id_fkey" FOREIGN KEY ("linkId") REFERENCES "links"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_ownerId_users_id_fkey" FOREIGN KEY ("ownerId") REFERENCES "users"("id") ON DELETE CASCADE;