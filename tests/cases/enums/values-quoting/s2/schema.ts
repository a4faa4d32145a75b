import { pgEnum } from "drizzle-orm/pg-core";

export const odd = pgEnum("odd", ["it's", "two words", "back\\slash", "ünï", "UPPER", "with,comma"]);
