import { pgSchema, pgTable, integer, pgSequence } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const seqs = pgSchema("seqs");

export const customSeq = pgSequence("custom_seq", { startWith: "150", increment: "5", minValue: "100", maxValue: "100000", cache: "10", cycle: true, })
export const descSeq = pgSequence("desc_seq", { startWith: "-1", increment: "-1", minValue: "-500", maxValue: "-1", cache: "1", cycle: false, })
export const intSeq = pgSequence("int_seq", { startWith: "7", increment: "1", minValue: "1", maxValue: "2147483647", cache: "1", cycle: false, })
export const plainSeq = pgSequence("plain_seq", { startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })
export const smallSeq = pgSequence("small_seq", { startWith: "1", increment: "1", minValue: "1", maxValue: "32767", cache: "1", cycle: false, })
export const upperSeq = pgSequence("Upper_Seq", { startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })
export const mixedCaseSeqInSeqs = seqs.sequence("Mixed Case Seq", { startWith: "42", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false, })

export const ownerT = pgTable("owner_t", {
	id: integer(),
});
