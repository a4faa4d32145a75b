CREATE TABLE "a" (
	"n" integer,
	CONSTRAINT "n_positive" CHECK ("n" > 0)
);
--> statement-breakpoint
CREATE TABLE "b" (
	"n" integer,
	CONSTRAINT "n_positive" CHECK ("n" > 0)
);
