//! Upgrading older snapshots (0.31 v5/v6/v7, 1.0-rc v8) to the version 9 model (being written).
