import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	t0002: {
		t0001: r.one.t0001({
			from: r.t0002.parentId,
			to: r.t0001.id
		}),
		t0003s: r.many.t0003(),
	},
	t0001: {
		t0002s: r.many.t0002(),
	},
	t0003: {
		t0002: r.one.t0002({
			from: r.t0003.parentId,
			to: r.t0002.id
		}),
		t0004s: r.many.t0004(),
	},
	t0004: {
		t0003: r.one.t0003({
			from: r.t0004.parentId,
			to: r.t0003.id
		}),
		t0005s: r.many.t0005(),
	},
	t0005: {
		t0004: r.one.t0004({
			from: r.t0005.parentId,
			to: r.t0004.id
		}),
		t0006s: r.many.t0006(),
	},
	t0006: {
		t0005: r.one.t0005({
			from: r.t0006.parentId,
			to: r.t0005.id
		}),
		t0007s: r.many.t0007(),
	},
	t0007: {
		t0006: r.one.t0006({
			from: r.t0007.parentId,
			to: r.t0006.id
		}),
		t0008s: r.many.t0008(),
	},
	t0008: {
		t0007: r.one.t0007({
			from: r.t0008.parentId,
			to: r.t0007.id
		}),
		t0009s: r.many.t0009(),
	},
	t0009: {
		t0008: r.one.t0008({
			from: r.t0009.parentId,
			to: r.t0008.id
		}),
		t0010s: r.many.t0010(),
	},
	t0010: {
		t0009: r.one.t0009({
			from: r.t0010.parentId,
			to: r.t0009.id
		}),
		t0011s: r.many.t0011(),
	},
	t0011: {
		t0010: r.one.t0010({
			from: r.t0011.parentId,
			to: r.t0010.id
		}),
		t0012s: r.many.t0012(),
	},
	t0012: {
		t0011: r.one.t0011({
			from: r.t0012.parentId,
			to: r.t0011.id
		}),
		t0013s: r.many.t0013(),
	},
	t0013: {
		t0012: r.one.t0012({
			from: r.t0013.parentId,
			to: r.t0012.id
		}),
		t0014s: r.many.t0014(),
	},
	t0014: {
		t0013: r.one.t0013({
			from: r.t0014.parentId,
			to: r.t0013.id
		}),
		t0015s: r.many.t0015(),
	},
	t0015: {
		t0014: r.one.t0014({
			from: r.t0015.parentId,
			to: r.t0014.id
		}),
		t0016s: r.many.t0016(),
	},
	t0016: {
		t0015: r.one.t0015({
			from: r.t0016.parentId,
			to: r.t0015.id
		}),
		t0017s: r.many.t0017(),
	},
	t0017: {
		t0016: r.one.t0016({
			from: r.t0017.parentId,
			to: r.t0016.id
		}),
		t0018s: r.many.t0018(),
	},
	t0018: {
		t0017: r.one.t0017({
			from: r.t0018.parentId,
			to: r.t0017.id
		}),
		t0019s: r.many.t0019(),
	},
	t0019: {
		t0018: r.one.t0018({
			from: r.t0019.parentId,
			to: r.t0018.id
		}),
		t0020s: r.many.t0020(),
	},
	t0020: {
		t0019: r.one.t0019({
			from: r.t0020.parentId,
			to: r.t0019.id
		}),
		t0021s: r.many.t0021(),
	},
	t0021: {
		t0020: r.one.t0020({
			from: r.t0021.parentId,
			to: r.t0020.id
		}),
		t0022s: r.many.t0022(),
	},
	t0022: {
		t0021: r.one.t0021({
			from: r.t0022.parentId,
			to: r.t0021.id
		}),
		t0023s: r.many.t0023(),
	},
	t0023: {
		t0022: r.one.t0022({
			from: r.t0023.parentId,
			to: r.t0022.id
		}),
		t0024s: r.many.t0024(),
	},
	t0024: {
		t0023: r.one.t0023({
			from: r.t0024.parentId,
			to: r.t0023.id
		}),
		t0025s: r.many.t0025(),
	},
	t0025: {
		t0024: r.one.t0024({
			from: r.t0025.parentId,
			to: r.t0024.id
		}),
		t0026s: r.many.t0026(),
	},
	t0026: {
		t0025: r.one.t0025({
			from: r.t0026.parentId,
			to: r.t0025.id
		}),
		t0027s: r.many.t0027(),
	},
	t0027: {
		t0026: r.one.t0026({
			from: r.t0027.parentId,
			to: r.t0026.id
		}),
		t0028s: r.many.t0028(),
	},
	t0028: {
		t0027: r.one.t0027({
			from: r.t0028.parentId,
			to: r.t0027.id
		}),
		t0029s: r.many.t0029(),
	},
	t0029: {
		t0028: r.one.t0028({
			from: r.t0029.parentId,
			to: r.t0028.id
		}),
		t0030s: r.many.t0030(),
	},
	t0030: {
		t0029: r.one.t0029({
			from: r.t0030.parentId,
			to: r.t0029.id
		}),
	},
}))