DROP INDEX "posts_author_id_index";--> statement-breakpoint
DROP INDEX "posts_title_uq";