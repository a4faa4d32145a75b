CREATE TABLE "Users Table" (
	"E-mail" text UNIQUE,
	"Nick Name" text
);
--> statement-breakpoint
CREATE INDEX "Users Table_Nick Name_index" ON "Users Table" ("Nick Name");