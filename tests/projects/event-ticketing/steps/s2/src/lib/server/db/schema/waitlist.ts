import { integer, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { events } from './events';

export const waitlist = pgTable(
	'waitlist',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		email: varchar('email', { length: 255 }).notNull(),
		quantity: integer('quantity').notNull().default(1),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		notifiedAt: timestamp('notified_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.eventId, t.email] })]
);
