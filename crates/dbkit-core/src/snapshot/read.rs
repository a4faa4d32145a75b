//! Reading `snapshot.json` in one pass: the header fields become small JSON values, while the
//! rows of a base snapshot's `ddl` go straight into the model one at a time, so a 10,000-table
//! snapshot never exists as a JSON tree in memory.

use std::fmt;

use std::borrow::Cow;
use std::sync::LazyLock;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::footprint::Footprint;
use crate::model::{Ddl, DdlError, Kind};

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
    read_document(serde_json::Deserializer::from_str(text))
}

/// The document read from a stream, never holding its text: a 10,000-table snapshot is 70 MB of
/// text, more than the model it becomes.
pub fn document_from(reader: impl std::io::Read) -> Result<Document, ReadError> {
    read_document(serde_json::Deserializer::from_reader(reader))
}

fn read_document<'de, R: serde_json::de::Read<'de>>(mut de: serde_json::Deserializer<R>) -> Result<Document, ReadError> {
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
    pushed(index, ddl.push_json(row), || row.clone())
}

/// The outcome of pushing `ddl[index]` as the snapshot's error: `row` (called only then) is the
/// JSON of a row listed twice.
fn pushed(index: usize, outcome: Result<Option<Value>, DdlError>, row: impl FnOnce() -> Value) -> Result<(), String> {
    match outcome {
        Ok(None) => Ok(()),
        Ok(Some(_)) => Err(format!("the base snapshot lists a row twice: {}", row())),
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
        while let Some(row) = seq.next_element::<Row<'de>>()? {
            match row {
                Row::Fields(fields) => pushed(index, ddl.push_fields(fields.as_slice()), || pairs_to_json(fields)),
                Row::Other(value) => push_row(&mut ddl, index, &value),
            }
            .map_err(A::Error::custom)?;
            index += 1;
        }
        Ok(ddl)
    }
}

/// One `ddl[]` element: an object as its members in order (keys borrowed from the text when they
/// have no escapes), anything else as JSON for the error that names it.
enum Row<'de> {
    Fields(Vec<(Cow<'de, str>, Value)>),
    Other(Value),
}

fn pairs_to_json(fields: Vec<(Cow<'_, str>, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.into_owned(), v)).collect())
}

impl<'de> Deserialize<'de> for Row<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Row<'de>, D::Error> {
        deserializer.deserialize_any(RowVisitor)
    }
}

struct RowVisitor;

/// A key borrowed from the text where it can be, else one of the names drizzle-kit writes, so that
/// a stream (which lends nothing) costs no allocation per member either.
struct Key<'de>(Cow<'de, str>);

/// Every member name of a `ddl` row (each kind's fields, and `entityType`), sorted.
static MEMBER_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = Kind::ALL.iter().flat_map(|k| k.fields().iter().copied()).chain(["entityType"]).collect();
    names.sort_unstable();
    names.dedup();
    names
});

fn member_name(name: &str) -> Cow<'static, str> {
    match MEMBER_NAMES.binary_search(&name) {
        Ok(i) => Cow::Borrowed(MEMBER_NAMES[i]),
        Err(_) => Cow::Owned(name.to_string()),
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(member_name(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> Visitor<'de> for RowVisitor {
    type Value = Row<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a ddl row")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Row<'de>, A::Error> {
        let mut fields = Vec::with_capacity(12);
        while let Some(Key(key)) = map.next_key()? {
            fields.push((key, map.next_value::<Value>()?));
        }
        Ok(Row::Fields(fields))
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Row<'de>, E> {
        Ok(Row::Other(Value::Bool(v)))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Row<'de>, E> {
        Ok(Row::Other(Value::from(v)))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Row<'de>, E> {
        Ok(Row::Other(Value::from(v)))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Row<'de>, E> {
        Ok(Row::Other(Value::from(v)))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Row<'de>, E> {
        Ok(Row::Other(Value::from(v)))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Row<'de>, E> {
        Ok(Row::Other(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Row<'de>, A::Error> {
        let items = Value::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
        Ok(Row::Other(items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ddl_of(rows: &str) -> Result<Ddl, String> {
        match document(&format!(r#"{{"ddl": {rows}}}"#)) {
            Ok(doc) => Ok(doc.ddl.expect("a ddl")),
            Err(ReadError::Syntax(e) | ReadError::Shape(e)) => Err(e),
        }
    }

    #[test]
    fn rows_read_from_the_stream_as_from_json_values() {
        let rows = r#"[{"schema":"public","name":"t","isRlsEnabled":false,"entityType":"tables"},
            {"sch\u0065ma":"public","name":"u","isRlsEnabled":true,"entityType":"tables","name":"v"}]"#;
        let ddl = ddl_of(rows).unwrap();
        let values: Vec<Value> = serde_json::from_str(rows).unwrap();
        assert_eq!(ddl, ddl_from_rows(&values).unwrap());
        // An escaped key reads as its text, and a member given twice means its last value.
        assert!(ddl.tables.get(r#"["public","v"]"#).unwrap().is_rls_enabled);
    }

    #[test]
    fn a_stream_reads_as_the_text_does() {
        assert_eq!(member_name("entityType"), Cow::<str>::Borrowed("entityType"));
        let text = r#"{"version":"9","ddl":[{"schema":"public","name":"t","isRlsEnabled":false,"entityType":"tables"},
            {"schema":"public","table":"t","name":"id","type":"integer","notNull":true,"dimensions":0,"unknownMember":1,"entityType":"columns"}]}"#;
        let (Ok(streamed), Ok(read)) = (document_from(text.as_bytes()), document(text)) else { panic!("both read") };
        assert_eq!((streamed.ddl, streamed.fields), (read.ddl, read.fields));
        assert_eq!(member_name("notNull"), Cow::<str>::Borrowed("notNull"));
        assert!(matches!(member_name("unknownMember"), Cow::Owned(_)));
    }

    #[test]
    fn bad_rows_are_named() {
        let twice = r#"[{"name":"s","entityType":"schemas"},{"name":"s","entityType":"schemas"}]"#;
        assert!(ddl_of(twice).unwrap_err().starts_with(r#"the base snapshot lists a row twice: {"name":"s","entityType":"schemas"}"#));
        assert!(ddl_of(r#"[{"name":"s","entityType":"schemas"}, 5]"#).unwrap_err().starts_with("ddl row 1: "));
        assert!(ddl_of(r#"[{"name":"s","entityType":"nope"}]"#).unwrap_err().starts_with("ddl row 0: "));
        assert!(ddl_of(r#"[{"name":1,"entityType":"schemas"}]"#).unwrap_err().contains("schemas field `name`"));
    }
}
