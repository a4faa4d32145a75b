import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	authPermission: {
		djangoContentType: r.one.djangoContentType({
			from: r.authPermission.contentTypeId,
			to: r.djangoContentType.id
		}),
	},
	djangoContentType: {
		authPermissions: r.many.authPermission(),
		authUsers: r.many.authUser({
			from: r.djangoContentType.id.through(r.djangoAdminLog.contentTypeId),
			to: r.authUser.id.through(r.djangoAdminLog.userId)
		}),
		djangoAdminLogs: r.many.djangoAdminLog(),
	},
	authGroup: {
		authUsers: r.many.authUser({
			from: r.authGroup.id.through(r.authUserGroups.groupId),
			to: r.authUser.id.through(r.authUserGroups.userId)
		}),
		authUserGroups: r.many.authUserGroups(),
	},
	authUser: {
		authGroups: r.many.authGroup(),
		authUserGroups: r.many.authUserGroups(),
		djangoContentTypes: r.many.djangoContentType(),
		djangoAdminLogs: r.many.djangoAdminLog(),
		shopCustomers: r.one.shopCustomer(),
	},
	authUserGroups: {
		authGroup: r.one.authGroup({
			from: r.authUserGroups.groupId,
			to: r.authGroup.id
		}),
		authUser: r.one.authUser({
			from: r.authUserGroups.userId,
			to: r.authUser.id
		}),
	},
	djangoAdminLog: {
		djangoContentType: r.one.djangoContentType({
			from: r.djangoAdminLog.contentTypeId,
			to: r.djangoContentType.id
		}),
		authUser: r.one.authUser({
			from: r.djangoAdminLog.userId,
			to: r.authUser.id
		}),
	},
	shopCustomer: {
		authUser: r.one.authUser({
			from: r.shopCustomer.userId,
			to: r.authUser.id
		}),
		shopOrders: r.one.shopOrder(),
	},
	shopOrder: {
		shopCustomer: r.one.shopCustomer({
			from: r.shopOrder.customerId,
			to: r.shopCustomer.id
		}),
		shopOrder: r.one.shopOrder({
			from: r.shopOrder.parentId,
			to: r.shopOrder.id,
			alias: "shopOrder_parentId_shopOrder_id"
		}),
		shopOrders: r.many.shopOrder({
			alias: "shopOrder_parentId_shopOrder_id"
		}),
	},
}))