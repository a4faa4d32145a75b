CREATE TABLE "t" (
	"id" integer
);
--> statement-breakpoint
CREATE VIEW "v_check_local" WITH (check_option = local) AS (select id from t);--> statement-breakpoint
CREATE VIEW "v_check_cascaded" WITH (check_option = cascaded, security_barrier = true) AS (select id from t);--> statement-breakpoint
CREATE VIEW "v_invoker" WITH (security_invoker = true) AS (select id from t);--> statement-breakpoint
CREATE VIEW "v_all" WITH (check_option = local, security_barrier = false, security_invoker = true) AS (select "id" from "t");