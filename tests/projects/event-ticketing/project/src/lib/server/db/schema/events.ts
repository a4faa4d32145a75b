import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	numeric,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid,
	varchar
} from 'drizzle-orm/pg-core';
import { venues } from './venues';

export const eventStatus = pgEnum('event_status', ['draft', 'on_sale', 'sold_out', 'cancelled', 'past']);

export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		venueId: uuid('venue_id')
			.notNull()
			.references(() => venues.id),
		title: varchar('title', { length: 200 }).notNull(),
		description: text('description'),
		status: eventStatus('status').notNull().default('draft'),
		doorsAt: timestamp('doors_at', { withTimezone: true }).notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		salesStartAt: timestamp('sales_start_at', { withTimezone: true }),
		minAge: integer('min_age')
	},
	(t) => [
		index('events_on_sale_idx').on(t.startsAt).where(sql`${t.status} = 'on_sale'`),
		check('events_doors_before_start', sql`${t.doorsAt} <= ${t.startsAt}`)
	]
);

export const ticketTypes = pgTable(
	'ticket_types',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		name: varchar('name', { length: 80 }).notNull(),
		price: numeric('price', { precision: 10, scale: 2 }).notNull(),
		fee: numeric('fee', { precision: 10, scale: 2 }).notNull().default('0'),
		quantity: integer('quantity').notNull(),
		sold: integer('sold').notNull().default(0),
		maxPerOrder: integer('max_per_order').notNull().default(8)
	},
	(t) => [check('ticket_types_not_oversold', sql`${t.sold} <= ${t.quantity}`)]
);
