CREATE TABLE "memberships" (
	"user_id" integer,
	"group_id" integer,
	"joined_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_pkey" PRIMARY KEY("user_id","group_id")
);
