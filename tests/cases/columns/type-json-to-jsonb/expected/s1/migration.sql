CREATE TABLE "users" (
	"id" integer,
	"c" json
);
