ALTER TYPE "mood" ADD VALUE 'a' BEFORE 'b';--> statement-breakpoint
ALTER TYPE "mood" ADD VALUE 'c' BEFORE 'd';--> statement-breakpoint
ALTER TYPE "mood" ADD VALUE 'e';