CREATE TABLE "authors" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "books" (
	"id" integer PRIMARY KEY,
	"writer" integer
);
--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_writer_authors_id_fkey" FOREIGN KEY ("writer") REFERENCES "authors"("id");