import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	children: {
		parentParentCodeParentRegion: r.one.parents({
			from: [r.children.parentCode, r.children.parentRegion],
			to: [r.parents.code, r.parents.region],
			alias: "children_parentCode_parentRegion_parents_code_region"
		}),
		parentParentId: r.one.parents({
			from: r.children.parentId,
			to: r.parents.id,
			alias: "children_parentId_parents_id"
		}),
		child: r.one.children({
			from: r.children.selfId,
			to: r.children.id,
			alias: "children_selfId_children_id"
		}),
		children: r.many.children({
			alias: "children_selfId_children_id"
		}),
		targetsInOther: r.one.targetsInOther({
			from: r.children.targetId,
			to: r.targetsInOther.id
		}),
	},
	parents: {
		childrenParentCodeParentRegion: r.many.children({
			alias: "children_parentCode_parentRegion_parents_code_region"
		}),
		childrenParentId: r.many.children({
			alias: "children_parentId_parents_id"
		}),
		deferrableFks: r.many.deferrableFk(),
	},
	targetsInOther: {
		children: r.many.children(),
	},
	deferrableFk: {
		parent: r.one.parents({
			from: r.deferrableFk.parentId,
			to: r.parents.id
		}),
	},
}))