CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE VIEW "v_old" AS (select id from t);