import { boolean, integer, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { userRole } from './enums';

export const user = pgTable('user', {
	id: text('id').primaryKey(),
	age: integer('age'),
	username: varchar('username', { length: 32 }).notNull().unique(),
	email: varchar('email', { length: 255 }).notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	passwordHash: text('password_hash'),
	twoFactorSecret: text('two_factor_secret'),
	twoFactorEnabledAt: timestamp('two_factor_enabled_at', { withTimezone: true }),
	role: userRole('role').notNull().default('user'),
	createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
});

export type User = typeof user.$inferSelect;
