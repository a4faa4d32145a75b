import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './user';

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id),
		expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
		twoFactorVerified: boolean('two_factor_verified').notNull().default(false)
	},
	(table) => [index('session_user_id_idx').on(table.userId)]
);

export type Session = typeof session.$inferSelect;
