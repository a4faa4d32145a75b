CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE VIEW "v" AS (select id from t);