CREATE TABLE "codes" (
	"id" integer,
	"code" text UNIQUE,
	"label" text CONSTRAINT "codes_label_uq" UNIQUE
);
