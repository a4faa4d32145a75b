import {  } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"




