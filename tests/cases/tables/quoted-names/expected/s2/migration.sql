CREATE TABLE "UserAccounts" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "user accounts" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "my"table" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "order" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" integer
);
--> statement-breakpoint
CREATE TABLE "select" (
	"from" text,
	"where" text
);
