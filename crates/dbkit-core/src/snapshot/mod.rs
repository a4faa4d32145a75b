//! `snapshot.json` version "9" (drizzle-kit 1.0.0-rc.5): parse, write byte-identically, and
//! rebuild any snapshot's state from the base and the deltas that lead to it.
//!
//! A folder holds one **base** snapshot (the whole `ddl`) and **diff** snapshots (`deltas` against
//! their first parent). Several `prevIds` mean a merge of branches: the other parents' own deltas
//! are replayed too ([`history`]).

pub mod delta;
pub mod history;
mod read;
pub mod upgrade;

use std::io::{self, Write};

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::footprint::Footprint;
use crate::model::Ddl;
use crate::model::js::{to_pretty, write_pretty, write_str};

pub use delta::Delta;
pub use history::{History, HistoryError};

/// The parent id of a first snapshot.
pub const ORIGIN_ID: &str = "00000000-0000-0000-0000-000000000000";

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// The full state (drizzle's `ddl` rows, in their order).
    Base { ddl: Box<Ddl> },
    /// Changes against the first parent's state.
    Diff { deltas: Vec<Delta> },
}

/// One `snapshot.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub id: String,
    pub prev_ids: Vec<String>,
    /// Kept as written: they feed branch-conflict detection.
    pub footprints: Vec<Footprint>,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("{path}: not valid JSON ({message}); restore the file from git")]
    Json { path: String, message: String },
    #[error(
        "{path}: snapshot version {version} is not the version dbkit writes (\"9\"); run `dbkit up` (or `drizzle-kit up`) to upgrade the folder"
    )]
    Version { path: String, version: String },
    #[error("{path}: malformed snapshot: {problem}; restore the file from git")]
    Malformed { path: String, problem: String },
}

impl Snapshot {
    /// Parses a version "9" snapshot; `path` names the file in errors.
    pub fn parse(path: &str, text: &str) -> Result<Snapshot, SnapshotError> {
        Snapshot::from_document(path, read::document(text))
    }

    /// [`Snapshot::parse`] from a stream (a file), without holding the whole text.
    pub fn read_from(path: &str, reader: impl std::io::Read) -> Result<Snapshot, SnapshotError> {
        Snapshot::from_document(path, read::document_from(reader))
    }

    fn from_document(path: &str, doc: Result<read::Document, read::ReadError>) -> Result<Snapshot, SnapshotError> {
        let doc = doc.map_err(|e| match e {
            read::ReadError::Syntax(message) => SnapshotError::Json { path: path.into(), message },
            read::ReadError::Shape(problem) => SnapshotError::Malformed { path: path.into(), problem },
        })?;
        Snapshot::from_parts(path, doc.fields, doc.footprints, doc.ddl)
    }

    /// A snapshot already parsed as JSON (the upgrade path reads every version that way).
    pub fn from_value(path: &str, value: Value) -> Result<Snapshot, SnapshotError> {
        let bad = |problem: String| SnapshotError::Malformed { path: path.into(), problem };
        let Value::Object(mut obj) = value else { return Err(bad("the top level is not an object".into())) };
        let ddl = match obj.swap_remove("ddl") {
            None => None,
            Some(Value::Array(rows)) => Some(read::ddl_from_rows(&rows).map_err(bad)?),
            Some(other) => return Err(bad(format!("`ddl` must be an array, not {other}"))),
        };
        let footprints = match obj.swap_remove("footprints") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, f)| Footprint::deserialize(f).map_err(|e| bad(format!("footprint {i}: {e}"))))
                .collect::<Result<_, _>>()?,
            Some(other) => return Err(bad(format!("`footprints` must be an array, not {other}"))),
        };
        Snapshot::from_parts(path, obj, footprints, ddl)
    }

    fn from_parts(path: &str, obj: Map<String, Value>, footprints: Vec<Footprint>, ddl: Option<Ddl>) -> Result<Snapshot, SnapshotError> {
        let bad = |problem: String| SnapshotError::Malformed { path: path.into(), problem };
        let version = obj.get("version").map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).unwrap_or_default();
        if version != "9" {
            return Err(SnapshotError::Version { path: path.into(), version: if version.is_empty() { "(none)".into() } else { version } });
        }
        if obj.get("dialect").and_then(Value::as_str) != Some("postgres") {
            return Err(bad(format!("dialect is {}, expected \"postgres\"", obj.get("dialect").unwrap_or(&Value::Null))));
        }
        let id = obj.get("id").and_then(Value::as_str).ok_or_else(|| bad("`id` is missing".into()))?.to_string();
        let prev_ids = obj
            .get("prevIds")
            .and_then(Value::as_array)
            .and_then(|a| a.iter().map(|v| v.as_str().map(str::to_string)).collect::<Option<Vec<_>>>())
            .ok_or_else(|| bad("`prevIds` must be an array of ids".into()))?;
        for (i, f) in footprints.iter().enumerate() {
            f.check().map_err(|problem| bad(format!("footprint {i}: {problem}")))?;
        }
        let body = match obj.get("type").and_then(Value::as_str) {
            Some("base") => {
                let ddl = ddl.ok_or_else(|| bad("a base snapshot needs a `ddl` array".into()))?;
                Body::Base { ddl: Box::new(ddl) }
            }
            Some("diff") => {
                let deltas =
                    obj.get("deltas").and_then(Value::as_array).ok_or_else(|| bad("a diff snapshot needs a `deltas` array".into()))?;
                let deltas = deltas
                    .iter()
                    .enumerate()
                    .map(|(i, d)| Delta::from_value(d).map_err(|e| bad(format!("delta {i}: {e}"))))
                    .collect::<Result<_, _>>()?;
                Body::Diff { deltas }
            }
            other => return Err(bad(format!("`type` is {}, expected \"base\" or \"diff\"", other.unwrap_or("missing")))),
        };
        Ok(Snapshot { id, prev_ids, footprints, body })
    }

    /// The header fields in drizzle's order: `type, version, dialect, id, prevIds`.
    fn header(&self) -> Map<String, Value> {
        let mut m = Map::new();
        let kind = match self.body {
            Body::Base { .. } => "base",
            Body::Diff { .. } => "diff",
        };
        m.insert("type".into(), kind.into());
        m.insert("version".into(), "9".into());
        m.insert("dialect".into(), "postgres".into());
        m.insert("id".into(), self.id.clone().into());
        m.insert("prevIds".into(), Value::Array(self.prev_ids.iter().cloned().map(Value::String).collect()));
        m
    }

    /// The JSON object, keys in drizzle's order: `type, version, dialect, id, prevIds, footprints,
    /// ddl|deltas`.
    pub fn to_value(&self) -> Value {
        let mut m = self.header();
        m.insert("footprints".into(), Value::Array(self.footprints.iter().map(Footprint::to_value).collect()));
        match &self.body {
            Body::Base { ddl } => m.insert("ddl".into(), Value::Array(ddl.to_json_rows())),
            Body::Diff { deltas } => m.insert("deltas".into(), Value::Array(deltas.iter().map(Delta::to_value).collect())),
        };
        Value::Object(m)
    }

    /// The file text exactly as drizzle-kit writes it (`JSON.stringify(x, null, 2)`, no newline at
    /// the end).
    pub fn to_text(&self) -> String {
        let mut out = Vec::new();
        self.write_to(&mut out).expect("writing to memory cannot fail");
        String::from_utf8(out).expect("JSON text is UTF-8")
    }

    /// [`Snapshot::to_text`] written row by row to `w`: the document is never built as one JSON
    /// tree nor held as one string.
    pub fn write_to(&self, w: &mut dyn Write) -> io::Result<()> {
        let head = to_pretty(&Value::Object(self.header()));
        w.write_all(head.strip_suffix("\n}").expect("a non-empty object ends with a newline and a brace").as_bytes())?;
        let mut array = Array::open(w, "footprints")?;
        for f in &self.footprints {
            array.item(|out| write_pretty(out, &f.to_value(), 2))?;
        }
        array.close()?;
        match &self.body {
            Body::Base { ddl } => {
                let mut array = Array::open(w, "ddl")?;
                for row in ddl.rows() {
                    array.item(|out| row.write_pretty(out, 2))?;
                }
                array.close()?;
            }
            Body::Diff { deltas } => {
                let mut array = Array::open(w, "deltas")?;
                for d in deltas {
                    array.item(|out| write_pretty(out, &d.to_value(), 2))?;
                }
                array.close()?;
            }
        }
        w.write_all(b"\n}")
    }

    pub fn is_base(&self) -> bool {
        matches!(self.body, Body::Base { .. })
    }
}

/// `,\n  "key": [\n    …items…\n  ]`: an array member at the second level of
/// `JSON.stringify(x, null, 2)` (`[]` when empty), written one item at a time.
struct Array<'w> {
    w: &'w mut dyn Write,
    empty: bool,
    buf: Vec<u8>,
}

impl<'w> Array<'w> {
    fn open(w: &'w mut dyn Write, key: &str) -> io::Result<Array<'w>> {
        let mut buf = b",\n  ".to_vec();
        write_str(&mut buf, key);
        buf.extend_from_slice(b": [");
        w.write_all(&buf)?;
        Ok(Array { w, empty: true, buf })
    }

    fn item(&mut self, write: impl FnOnce(&mut Vec<u8>)) -> io::Result<()> {
        self.buf.clear();
        self.buf.extend_from_slice(if self.empty { b"\n    " } else { b",\n    " });
        self.empty = false;
        write(&mut self.buf);
        self.w.write_all(&self.buf)
    }

    fn close(self) -> io::Result<()> {
        self.w.write_all(if self.empty { b"]" } else { b"\n  ]" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_snapshots_round_trip_byte_for_byte() {
        for name in ["20261124063106_perpetual_captain_universe", "20261124063111_schema_b"] {
            let path = format!("{}/../../tests/fixtures/v1-folders/{name}/snapshot.json", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap();
            let snap = Snapshot::parse(&path, &text).unwrap();
            assert_eq!(snap.to_text(), text, "{name}");
        }
    }

    #[test]
    fn wrong_versions_and_shapes_name_the_file() {
        let err = Snapshot::parse("d/x/snapshot.json", r#"{"version":"7","dialect":"postgresql"}"#).unwrap_err();
        assert!(err.to_string().starts_with("d/x/snapshot.json: snapshot version 7 is not"), "{err}");
        let err = Snapshot::parse("s.json", r#"{"version":"9","dialect":"postgres","id":"a","prevIds":[],"type":"diff"}"#).unwrap_err();
        assert!(err.to_string().contains("a diff snapshot needs a `deltas` array"), "{err}");
        let err = Snapshot::parse("s.json", "{").unwrap_err();
        assert!(err.to_string().starts_with("s.json: not valid JSON"), "{err}");
    }
}
