import { integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';

export const venues = pgTable('venues', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	city: text('city').notNull(),
	countryCode: varchar('country_code', { length: 2 }).notNull(),
	capacity: integer('capacity').notNull()
});

export const seatSections = pgTable('seat_sections', {
	id: uuid('id').primaryKey().defaultRandom(),
	venueId: uuid('venue_id')
		.notNull()
		.references(() => venues.id, { onDelete: 'cascade' }),
	name: varchar('name', { length: 40 }).notNull(),
	rows: integer('rows').notNull(),
	seatsPerRow: integer('seats_per_row').notNull()
});
