CREATE TYPE "role" AS ENUM('user', 'editor', 'admin');--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "role" "role" DEFAULT 'user'::"role" NOT NULL;