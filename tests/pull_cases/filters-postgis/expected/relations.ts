import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	places: {
		spatialRefSy: r.one.spatialRefSys({
			from: r.places.srid,
			to: r.spatialRefSys.srid
		}),
	},
	spatialRefSys: {
		places: r.many.places(),
	},
}))