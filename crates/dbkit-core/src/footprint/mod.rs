//! Footprints of changes and branch-conflict (commutativity) detection, as drizzle-kit 1.0 computes them (being written).
