import { and, eq, isNull, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  char,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  pgView,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { repositories, users } from "./repos";

export const pullState = pgEnum("pull_state", ["open", "closed", "merged"]);
export const reviewVerdict = pgEnum("review_verdict", ["commented", "approved", "changes_requested"]);

export const pullRequests = pgTable(
  "pull_requests",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    repoId: bigint("repo_id", { mode: "number" }).notNull(),
    number: integer("number").notNull(),
    authorId: bigint("author_id", { mode: "number" }).notNull(),
    title: text("title").notNull(),
    headBranch: text("head_branch").notNull(),
    baseRef: text("base_ref").notNull(),
    state: pullState("state").notNull().default("open"),
    mergedAt: timestamp("merged_at"),
    updatedAt: timestamp("updated_at").notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: "pull_requests_repo_fk", columns: [t.repoId], foreignColumns: [repositories.id] }).onDelete("cascade"),
    foreignKey({ name: "pull_requests_author_fk", columns: [t.authorId], foreignColumns: [users.id] }),
    uniqueIndex("pull_requests_repo_number_uidx").on(t.repoId, t.number),
    index("pull_requests_open_idx")
      .on(t.repoId, t.updatedAt.desc())
      .where(sql`${t.state} = 'open'`),
    index("pull_requests_merged_idx").on(t.repoId, t.mergedAt.desc().nullsLast()).concurrently(),
  ],
);

export const reviews = pgTable(
  "reviews",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    pullId: bigint("pull_id", { mode: "number" }).notNull().references(() => pullRequests.id, { onDelete: "cascade" }),
    reviewerId: bigint("reviewer_id", { mode: "number" }).notNull().references(() => users.id),
    verdict: reviewVerdict("verdict").notNull(),
    body: text("body"),
    commitSha: char("commit_sha", { length: 40 }),
    submittedAt: timestamp("submitted_at").notNull().defaultNow(),
  },
  (t) => [index("reviews_pull_idx").on(t.pullId, t.submittedAt.asc().nullsFirst())],
);

export const reviewComments = pgTable(
  "review_comments",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    reviewId: bigint("review_id", { mode: "number" }).notNull().references(() => reviews.id, { onDelete: "cascade" }),
    inReplyToId: bigint("in_reply_to_id", { mode: "number" }).references((): AnyPgColumn => reviewComments.id, {
      onDelete: "set null",
    }),
    path: text("path").notNull(),
    line: integer("line"),
    startLine: integer("start_line"),
    side: text("side").notNull().default("RIGHT"),
    body: text("body").notNull(),
  },
  (t) => [index("review_comments_path_idx").using("btree", t.path.asc(), t.line.desc())],
);

export const requestedReviewers = pgTable(
  "requested_reviewers",
  {
    pullId: bigint("pull_id", { mode: "number" }).notNull().references(() => pullRequests.id, { onDelete: "cascade" }),
    userId: bigint("user_id", { mode: "number" }).notNull().references(() => users.id, { onDelete: "cascade" }),
    requestedAt: timestamp("requested_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "requested_reviewers_pk", columns: [t.pullId, t.userId] })],
);

export const openPulls = pgView("open_pulls", {
  id: bigint("id", { mode: "number" }),
  repoId: bigint("repo_id", { mode: "number" }),
  number: integer("number"),
  title: text("title"),
})
  .with({ securityInvoker: true, checkOption: "cascaded" })
  .as(sql`select id, repo_id, number, title from ${pullRequests} where state = 'open'`);

/** Maintained by the search service's own migrations. */
export const pullSearch = pgView("pull_search", {
  pullId: bigint("pull_id", { mode: "number" }),
  document: text("document"),
}).existing();
