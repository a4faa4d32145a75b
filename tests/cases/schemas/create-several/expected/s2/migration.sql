CREATE SCHEMA "alpha";
--> statement-breakpoint
CREATE SCHEMA "mid";
--> statement-breakpoint
CREATE SCHEMA "zeta";
