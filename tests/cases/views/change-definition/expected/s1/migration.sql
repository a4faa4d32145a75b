CREATE TABLE "t" (
	"id" integer,
	"n" integer
);
--> statement-breakpoint
CREATE VIEW "v" AS (select id from t where n > 0);