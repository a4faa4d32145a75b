DROP TYPE "mood";--> statement-breakpoint
CREATE TYPE "mood" AS ENUM('a', 'b');