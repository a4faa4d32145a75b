CREATE TABLE "users" (
	"status" text DEFAULT 'new'
);
