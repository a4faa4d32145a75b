CREATE TABLE "authors" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "books" (
	"id" integer PRIMARY KEY,
	"writer" integer,
	"editor" integer
);
--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_writer_fk" FOREIGN KEY ("writer") REFERENCES "authors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_editor_fk" FOREIGN KEY ("editor") REFERENCES "authors"("id") ON DELETE SET NULL ON UPDATE RESTRICT;