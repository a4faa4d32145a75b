CREATE TYPE "alpha" AS ENUM('a');--> statement-breakpoint
CREATE TYPE "mid" AS ENUM('m');--> statement-breakpoint
CREATE TYPE "zeta" AS ENUM('z');