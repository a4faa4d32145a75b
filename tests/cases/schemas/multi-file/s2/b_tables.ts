import { integer } from "drizzle-orm/pg-core";

import { crm } from "./a_schema";
export const contacts = crm.table("contacts", { id: integer() });
