CREATE TABLE "bookings" (
	"id" integer,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"guests" integer,
	"code" text,
	CONSTRAINT "bookings_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "bookings_guests" CHECK ("guests" between 1 and 10),
	CONSTRAINT "bookings_code_fmt" CHECK (char_length("code") = 6 AND "code" ~ '^[A-Z0-9]+$'),
	CONSTRAINT "bookings_code_in" CHECK ("code" IN ('AAAAAA', 'BBBBBB') OR "code" IS NULL)
);
