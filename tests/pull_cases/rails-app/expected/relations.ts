import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	activeStorageAttachments: {
		activeStorageBlob: r.one.activeStorageBlobs({
			from: r.activeStorageAttachments.blobId,
			to: r.activeStorageBlobs.id
		}),
	},
	activeStorageBlobs: {
		activeStorageAttachments: r.many.activeStorageAttachments(),
	},
	articles: {
		user: r.one.users({
			from: r.articles.userId,
			to: r.users.id
		}),
	},
	users: {
		articles: r.many.articles(),
		comments: r.many.comments(),
	},
	comments: {
		user: r.one.users({
			from: r.comments.userId,
			to: r.users.id
		}),
	},
}))