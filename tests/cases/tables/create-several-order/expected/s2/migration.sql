CREATE TABLE "alpha" (
	"id" integer,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mid" (
	"id" serial PRIMARY KEY,
	"note" varchar(20)
);
--> statement-breakpoint
CREATE TABLE "zeta" (
	"id" integer
);
