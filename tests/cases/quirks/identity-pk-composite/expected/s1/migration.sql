CREATE TABLE "t" (
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "t_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant" text,
	CONSTRAINT "t_pkey" PRIMARY KEY("tenant","id")
);
