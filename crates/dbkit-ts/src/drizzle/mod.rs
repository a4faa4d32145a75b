//! drizzle-orm's pg-core, as host objects for the interpreter, and the conversion of a schema's
//! exports into dbkit's model (what drizzle-kit's `fromDrizzleSchema` + `interimToDDL` do).
