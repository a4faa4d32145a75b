import { pgView } from "drizzle-orm/pg-core";
import { posts } from "./posts";

export const allPosts = pgView("all_posts").as((qb) => qb.select().from(posts));
