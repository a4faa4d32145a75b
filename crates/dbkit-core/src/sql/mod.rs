//! SQL text for changes: drizzle-kit 1.0's statements, byte for byte (being written).
