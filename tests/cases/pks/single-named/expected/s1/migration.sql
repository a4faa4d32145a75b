CREATE TABLE "things" (
	"id" integer,
	"name" text,
	CONSTRAINT "things_id_pk" PRIMARY KEY("id")
);
