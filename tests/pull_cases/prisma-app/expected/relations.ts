import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	category: {
		posts: r.many.post({
			from: r.category.id.through(r.categoryToPost.a),
			to: r.post.id.through(r.categoryToPost.b)
		}),
		categoryToPosts: r.many.categoryToPost(),
	},
	post: {
		categories: r.many.category(),
		categoryToPosts: r.many.categoryToPost(),
		users: r.many.user({
			from: r.post.id.through(r.like.postId),
			to: r.user.id.through(r.like.userId),
			alias: "post_id_user_id_via_like"
		}),
		likes: r.many.like(),
		user: r.one.user({
			from: r.post.authorId,
			to: r.user.id,
			alias: "post_authorId_user_id"
		}),
	},
	categoryToPost: {
		category: r.one.category({
			from: r.categoryToPost.a,
			to: r.category.id
		}),
		post: r.one.post({
			from: r.categoryToPost.b,
			to: r.post.id
		}),
	},
	userFollows: {
		userA: r.one.user({
			from: r.userFollows.a,
			to: r.user.id,
			alias: "userFollows_a_user_id"
		}),
		userB: r.one.user({
			from: r.userFollows.b,
			to: r.user.id,
			alias: "userFollows_b_user_id"
		}),
	},
	user: {
		userFollowsA: r.many.userFollows({
			alias: "userFollows_a_user_id"
		}),
		userFollowsB: r.many.userFollows({
			alias: "userFollows_b_user_id"
		}),
		postsViaLike: r.many.post({
			alias: "post_id_user_id_via_like"
		}),
		likes: r.many.like(),
		postsAuthorId: r.many.post({
			alias: "post_authorId_user_id"
		}),
		profiles: r.one.profile(),
		sessions: r.many.session(),
	},
	like: {
		post: r.one.post({
			from: r.like.postId,
			to: r.post.id
		}),
		user: r.one.user({
			from: r.like.userId,
			to: r.user.id
		}),
	},
	profile: {
		user: r.one.user({
			from: r.profile.userId,
			to: r.user.id
		}),
	},
	session: {
		user: r.one.user({
			from: r.session.userId,
			to: r.user.id
		}),
	},
}))