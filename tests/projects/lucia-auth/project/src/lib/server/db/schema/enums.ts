import { pgEnum } from 'drizzle-orm/pg-core';

export const USER_ROLES = ['user', 'moderator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const userRole = pgEnum('user_role', USER_ROLES);
