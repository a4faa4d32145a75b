CREATE TABLE "dotted.table" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "tâblé" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "2fast" (
	"id" integer
);
