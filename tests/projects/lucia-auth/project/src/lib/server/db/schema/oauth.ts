import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './user';

export const oauthAccount = pgTable(
	'oauth_account',
	{
		providerId: text('provider_id').notNull(),
		providerUserId: text('provider_user_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.providerId, table.providerUserId] })]
);
