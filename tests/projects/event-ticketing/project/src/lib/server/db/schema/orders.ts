import { sql } from 'drizzle-orm';
import { index, integer, numeric, pgEnum, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { events, ticketTypes } from './events';
import { seatSections } from './venues';

export const orderState = pgEnum('order_state', ['reserved', 'paid', 'expired', 'refunded']);

export const orders = pgTable(
	'orders',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id),
		buyerEmail: varchar('buyer_email', { length: 255 }).notNull(),
		state: orderState('state').notNull().default('reserved'),
		total: numeric('total', { precision: 12, scale: 2 }).notNull(),
		reservedUntil: timestamp('reserved_until', { withTimezone: true })
			.notNull()
			.default(sql`now() + interval '15 minutes'`),
		paymentIntentId: text('payment_intent_id').unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('orders_expiring_idx').on(t.reservedUntil).where(sql`${t.state} = 'reserved'`)]
);

export const tickets = pgTable(
	'tickets',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orderId: uuid('order_id')
			.notNull()
			.references(() => orders.id, { onDelete: 'cascade' }),
		ticketTypeId: uuid('ticket_type_id')
			.notNull()
			.references(() => ticketTypes.id),
		sectionId: uuid('section_id').references(() => seatSections.id),
		seatRow: integer('seat_row'),
		seatNumber: integer('seat_number'),
		barcode: varchar('barcode', { length: 32 }).notNull().unique(),
		scannedAt: timestamp('scanned_at', { withTimezone: true })
	},
	(t) => [unique('tickets_seat_key').on(t.sectionId, t.seatRow, t.seatNumber)]
);
