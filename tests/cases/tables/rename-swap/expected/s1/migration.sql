CREATE TABLE "left_t" (
	"l" integer
);
--> statement-breakpoint
CREATE TABLE "right_t" (
	"r" text
);
