CREATE TABLE "s1" (
	"id" serial PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "s2" (
	"id" bigserial PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "s3" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "s3_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1)
);
