import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	profiles: {
		usersInAuth: r.one.usersInAuth({
			from: r.profiles.id,
			to: r.usersInAuth.id
		}),
	},
	usersInAuth: {
		profiles: r.many.profiles(),
		teamsViaTeamMembers: r.many.teams({
			alias: "teams_id_usersInAuth_id_via_teamMembers"
		}),
		teamMembers: r.many.teamMembers(),
		teamsCreatedBy: r.many.teams({
			alias: "teams_createdBy_usersInAuth_id"
		}),
		teamsViaTodos: r.many.teams({
			alias: "teams_id_usersInAuth_id_via_todos"
		}),
		todos: r.many.todos(),
	},
	teams: {
		usersInAuthsViaTeamMembers: r.many.usersInAuth({
			from: r.teams.id.through(r.teamMembers.teamId),
			to: r.usersInAuth.id.through(r.teamMembers.userId),
			alias: "teams_id_usersInAuth_id_via_teamMembers"
		}),
		teamMembers: r.many.teamMembers(),
		usersInAuth: r.one.usersInAuth({
			from: r.teams.createdBy,
			to: r.usersInAuth.id,
			alias: "teams_createdBy_usersInAuth_id"
		}),
		usersInAuthsViaTodos: r.many.usersInAuth({
			from: r.teams.id.through(r.todos.teamId),
			to: r.usersInAuth.id.through(r.todos.userId),
			alias: "teams_id_usersInAuth_id_via_todos"
		}),
		todos: r.many.todos(),
	},
	teamMembers: {
		team: r.one.teams({
			from: r.teamMembers.teamId,
			to: r.teams.id
		}),
		usersInAuth: r.one.usersInAuth({
			from: r.teamMembers.userId,
			to: r.usersInAuth.id
		}),
	},
	todos: {
		team: r.one.teams({
			from: r.todos.teamId,
			to: r.teams.id
		}),
		usersInAuth: r.one.usersInAuth({
			from: r.todos.userId,
			to: r.usersInAuth.id
		}),
	},
}))