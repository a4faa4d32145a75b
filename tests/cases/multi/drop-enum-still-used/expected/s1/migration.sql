CREATE TYPE "color" AS ENUM('red', 'green');--> statement-breakpoint
CREATE TABLE "cars" (
	"id" integer,
	"color" "color"
);
