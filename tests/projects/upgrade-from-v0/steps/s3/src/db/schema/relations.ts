import { defineRelations } from "drizzle-orm";
import { episodes } from "./episodes";
import { listens } from "./listens";
import { shows } from "./shows";

export const relations = defineRelations({ shows, episodes, listens }, (r) => ({
  shows: { episodes: r.many.episodes() },
  episodes: {
    show: r.one.shows({ from: r.episodes.showId, to: r.shows.id }),
    listens: r.many.listens(),
  },
  listens: {
    episode: r.one.episodes({ from: r.listens.episodeId, to: r.episodes.id }),
  },
}));
