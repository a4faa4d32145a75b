import { eq, sql } from "drizzle-orm";
import { date, integer, pgView, primaryKey, serial, smallint, text } from "drizzle-orm/pg-core";
import { collections } from "./base.schema";
import { artists, objects } from "./objects.schema";

export const exhibitions = collections.table("exhibitions", {
  id: serial().primaryKey(),
  title: text().notNull(),
  gallery: text(),
  opensOn: date("opens_on").notNull(),
  closesOn: date("closes_on"),
});

export const exhibitionObjects = collections.table(
  "exhibition_objects",
  {
    exhibitionId: integer("exhibition_id")
      .notNull()
      .references(() => exhibitions.id, { onDelete: "cascade" }),
    objectId: integer("object_id")
      .notNull()
      .references(() => objects.id),
    displayOrder: smallint("display_order"),
  },
  (t) => [primaryKey({ columns: [t.exhibitionId, t.objectId] })],
);

export const onDisplay = collections.view("objects_on_display").as((qb) =>
  qb
    .select({
      id: objects.id,
      accessionNumber: objects.accessionNumber,
      title: objects.title,
      artist: artists.name,
      heightCm: objects.heightCm,
    })
    .from(objects)
    .leftJoin(artists, eq(objects.artistId, artists.id))
    .where(eq(objects.status, "on_display")),
);

export const publicCatalogue = pgView("public_catalogue", {
  id: integer().notNull(),
  title: text().notNull(),
}).as(sql`select id, title from ${objects} where status <> 'deaccessioned'`);
