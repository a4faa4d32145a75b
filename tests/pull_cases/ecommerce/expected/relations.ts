import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
	addresses: {
		customer: r.one.customers({
			from: r.addresses.customerId,
			to: r.customers.id,
			alias: "addresses_customerId_customers_id"
		}),
		customers: r.many.customers({
			alias: "customers_id_addresses_id_via_orders"
		}),
		orders: r.many.orders(),
	},
	customers: {
		addressesCustomerId: r.many.addresses({
			alias: "addresses_customerId_customers_id"
		}),
		addressesViaOrders: r.many.addresses({
			from: r.customers.id.through(r.orders.customerId),
			to: r.addresses.id.through(r.orders.shippingAddressId),
			alias: "customers_id_addresses_id_via_orders"
		}),
		orders: r.many.orders(),
		products: r.many.products({
			from: r.customers.id.through(r.reviews.customerId),
			to: r.products.id.through(r.reviews.productId)
		}),
		reviews: r.many.reviews(),
	},
	categories: {
		category: r.one.categories({
			from: r.categories.parentId,
			to: r.categories.id,
			alias: "categories_parentId_categories_id"
		}),
		categories: r.many.categories({
			alias: "categories_parentId_categories_id"
		}),
		products: r.many.products(),
	},
	inventory: {
		product: r.one.products({
			from: r.inventory.productId,
			to: r.products.id
		}),
	},
	products: {
		inventories: r.many.inventory(),
		orders: r.many.orders(),
		orderLines: r.many.orderLines(),
		category: r.one.categories({
			from: r.products.categoryId,
			to: r.categories.id
		}),
		customers: r.many.customers(),
		reviews: r.many.reviews(),
	},
	orders: {
		products: r.many.products({
			from: r.orders.id.through(r.orderLines.orderId),
			to: r.products.id.through(r.orderLines.productId)
		}),
		orderLines: r.many.orderLines(),
		customer: r.one.customers({
			from: r.orders.customerId,
			to: r.customers.id
		}),
		address: r.one.addresses({
			from: r.orders.shippingAddressId,
			to: r.addresses.id
		}),
		payments: r.many.payments(),
	},
	orderLines: {
		order: r.one.orders({
			from: r.orderLines.orderId,
			to: r.orders.id
		}),
		product: r.one.products({
			from: r.orderLines.productId,
			to: r.products.id
		}),
	},
	payments: {
		order: r.one.orders({
			from: r.payments.orderId,
			to: r.orders.id
		}),
	},
	reviews: {
		customer: r.one.customers({
			from: r.reviews.customerId,
			to: r.customers.id
		}),
		product: r.one.products({
			from: r.reviews.productId,
			to: r.products.id
		}),
	},
}))