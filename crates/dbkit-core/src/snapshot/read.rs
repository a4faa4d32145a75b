//! Reading `snapshot.json` in one pass: the header fields become small JSON values, while the
//! rows of a base snapshot's `ddl` go straight into the model one at a time, so a 10,000-table
//! snapshot never exists as a JSON tree in memory.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::footprint::Footprint;
use crate::model::Ddl;

/// The top-level object: every field but `ddl` as JSON, and `ddl` (when present) as a model.
pub struct Document {
    pub fields: Map<String, Value>,
    /// Read typed: as JSON values, a first migration's 40,000 footprints took 90 MB.
    pub footprints: Vec<Footprint>,
    pub ddl: Option<Ddl>,
}

/// Why a text is not a snapshot document.
pub enum ReadError {
    /// Not JSON at all.
    Syntax(String),
    /// JSON, but not the shape of a snapshot (a `ddl` row that is not a row, for example).
    Shape(String),
}

pub fn document(text: &str) -> Result<Document, ReadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let doc = de.deserialize_any(DocumentVisitor).and_then(|doc| de.end().map(|()| doc));
    doc.map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ReadError::Shape(e.to_string()),
        _ => ReadError::Syntax(e.to_string()),
    })
}

/// The rows of a `ddl` array, in order; a row listed twice is an error.
pub fn ddl_from_rows(rows: &[Value]) -> Result<Ddl, String> {
    let mut ddl = Ddl::new();
    for (i, row) in rows.iter().enumerate() {
        push_row(&mut ddl, i, row)?;
    }
    Ok(ddl)
}

fn push_row(ddl: &mut Ddl, index: usize, row: &Value) -> Result<(), String> {
    match ddl.push_json(row) {
        Ok(None) => Ok(()),
        Ok(Some(_)) => Err(format!("the base snapshot lists a row twice: {row}")),
        Err(e) => Err(format!("ddl row {index}: {e}")),
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a snapshot object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let mut doc = Document { fields: Map::new(), footprints: Vec::new(), ddl: None };
        while let Some(key) = map.next_key::<String>()? {
            if key == "ddl" {
                doc.ddl = Some(map.next_value_seed(DdlSeed)?);
            } else if key == "footprints" {
                doc.footprints = map.next_value::<Option<Vec<Footprint>>>()?.unwrap_or_default();
            } else {
                let value: Value = map.next_value()?;
                doc.fields.insert(key, value);
            }
        }
        Ok(doc)
    }
}

struct DdlSeed;

impl<'de> DeserializeSeed<'de> for DdlSeed {
    type Value = Ddl;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Ddl, D::Error> {
        deserializer.deserialize_seq(DdlVisitor)
    }
}

struct DdlVisitor;

impl<'de> Visitor<'de> for DdlVisitor {
    type Value = Ddl;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a `ddl` array of rows")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ddl, A::Error> {
        let mut ddl = Ddl::new();
        let mut index = 0;
        while let Some(row) = seq.next_element::<Value>()? {
            push_row(&mut ddl, index, &row).map_err(A::Error::custom)?;
            index += 1;
        }
        Ok(ddl)
    }
}
