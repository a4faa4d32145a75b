CREATE TABLE "drafts" (
	"id" integer,
	"body" text
);
