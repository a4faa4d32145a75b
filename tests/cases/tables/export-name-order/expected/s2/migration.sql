CREATE TABLE "z_tbl" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "a_tbl" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "m_tbl" (
	"id" integer
);
