CREATE TABLE "check_ins" (
	"id" serial PRIMARY KEY,
	"habitId" integer NOT NULL,
	"checkedOn" date NOT NULL,
	"note" text,
	CONSTRAINT "check_ins_habitId_checkedOn_unique" UNIQUE("habitId","checkedOn")
);
--> statement-breakpoint
CREATE TABLE "habits" (
	"id" serial PRIMARY KEY,
	"userId" integer NOT NULL,
	"title" text NOT NULL,
	"targetPerWeek" smallint DEFAULT 7 NOT NULL,
	"isArchived" boolean DEFAULT false NOT NULL,
	"createdAt" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"emailAddress" varchar(255) NOT NULL UNIQUE,
	"displayName" text,
	"timeZone" text DEFAULT 'UTC' NOT NULL,
	"createdAt" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "habits_userId_index" ON "habits" ("userId");--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_habitId_habits_id_fkey" FOREIGN KEY ("habitId") REFERENCES "habits"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_userId_users_id_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE;