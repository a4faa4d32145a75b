CREATE SCHEMA "other";
--> statement-breakpoint
CREATE TABLE "items" (
	"code" integer
);
--> statement-breakpoint
CREATE TABLE "other"."items" (
	"code" integer
);
--> statement-breakpoint
CREATE INDEX "items_code_index" ON "items" ("code");--> statement-breakpoint
CREATE INDEX "items_code_index" ON "other"."items" ("code");