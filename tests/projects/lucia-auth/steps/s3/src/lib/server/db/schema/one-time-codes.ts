import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './user';

export const codePurpose = pgEnum('code_purpose', ['email_verification', 'password_reset', 'login']);

export const oneTimeCode = pgTable(
	'one_time_code',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		purpose: codePurpose('purpose').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		email: text('email'),
		attempts: integer('attempts').notNull().default(0),
		expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('one_time_code_user_purpose_idx').on(t.userId, t.purpose)]
);
