import { defineRelations } from "drizzle-orm";
import * as auth from "./auth-schema";
import * as app from "./notes";

export const relations = defineRelations({ ...auth, ...app }, (r) => ({
  user: {
    sessions: r.many.session(),
    accounts: r.many.account(),
    notebooks: r.many.notebooks(),
  },
  session: {
    user: r.one.user({ from: r.session.userId, to: r.user.id }),
  },
  account: {
    user: r.one.user({ from: r.account.userId, to: r.user.id }),
  },
  notebooks: {
    owner: r.one.user({ from: r.notebooks.ownerId, to: r.user.id }),
    notes: r.many.notes(),
  },
  notes: {
    notebook: r.one.notebooks({ from: r.notes.notebookId, to: r.notebooks.id }),
    author: r.one.user({ from: r.notes.authorId, to: r.user.id }),
  },
}));
