CREATE TYPE "loan_status" AS ENUM('active', 'returned', 'overdue', 'lost');--> statement-breakpoint
CREATE TABLE "authors" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL,
	"sort_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "book_authors" (
	"book_id" integer,
	"author_id" integer,
	"position" smallint DEFAULT 1 NOT NULL,
	CONSTRAINT "book_authors_pkey" PRIMARY KEY("book_id","author_id")
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" serial PRIMARY KEY,
	"copy_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"status" "loan_status" DEFAULT 'active'::"loan_status" NOT NULL,
	"loaned_at" timestamp DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"returned_at" timestamp,
	"renewed_by" integer
);
--> statement-breakpoint
CREATE TABLE "books" (
	"id" serial PRIMARY KEY,
	"isbn13" varchar(13) UNIQUE,
	"title" text NOT NULL,
	"subtitle" text,
	"published_year" smallint,
	"language" varchar(3) DEFAULT 'eng' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "branches" (
	"id" serial PRIMARY KEY,
	"code" varchar(8) NOT NULL UNIQUE,
	"name" text NOT NULL,
	"opens_at" time DEFAULT '09:00' NOT NULL,
	"closes_at" time DEFAULT '18:00' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "copies" (
	"id" serial PRIMARY KEY,
	"book_id" integer NOT NULL,
	"branch_id" integer NOT NULL,
	"barcode" varchar(16) NOT NULL UNIQUE,
	"shelf_mark" text
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" serial PRIMARY KEY,
	"card_number" varchar(16) NOT NULL,
	"full_name" text NOT NULL,
	"email" varchar(255),
	"home_branch_id" integer,
	"last_loan_id" integer,
	"birth_date" date,
	"joined_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "books_title_trgm_idx" ON "books" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "members_card_number_idx" ON "members" ("card_number");--> statement-breakpoint
CREATE INDEX "members_email_idx" ON "members" (lower("email"));--> statement-breakpoint
CREATE INDEX "members_home_branch_idx" ON "members" ("home_branch_id");--> statement-breakpoint
ALTER TABLE "book_authors" ADD CONSTRAINT "book_authors_book_id_books_id_fkey" FOREIGN KEY ("book_id") REFERENCES "books"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "book_authors" ADD CONSTRAINT "book_authors_author_id_authors_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors"("id");--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_copy_id_copies_id_fkey" FOREIGN KEY ("copy_id") REFERENCES "copies"("id");--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "copies" ADD CONSTRAINT "copies_book_id_books_id_fkey" FOREIGN KEY ("book_id") REFERENCES "books"("id");--> statement-breakpoint
ALTER TABLE "copies" ADD CONSTRAINT "copies_branch_id_branches_id_fkey" FOREIGN KEY ("branch_id") REFERENCES "branches"("id");--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_home_branch_id_branches_id_fkey" FOREIGN KEY ("home_branch_id") REFERENCES "branches"("id");--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_last_loan_id_loans_id_fkey" FOREIGN KEY ("last_loan_id") REFERENCES "loans"("id") ON DELETE SET NULL;