//! drizzle-kit 1.0's `--hints` JSON: answers to rename questions given up front, and the list of
//! questions still open when an answer is missing (exit code 2, with the JSON to add).

use serde_json::{Value, json};

use super::resolver::{Candidate, Decision, ResolveError, Resolver, Subject};

/// One hint, as drizzle-kit 1.0 spells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    Rename { kind: String, from: Vec<String>, to: Vec<String> },
    Create { kind: String, entity: Vec<String> },
    ConfirmDataLoss { kind: String, entity: Vec<String> },
}

/// Kinds a `confirm_data_loss` hint may name (push).
const CONFIRM_KINDS: [(&str, usize); 7] =
    [("table", 2), ("column", 3), ("schema", 1), ("view", 2), ("primary_key", 3), ("add_not_null", 3), ("add_unique", 3)];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid hints: {0}")]
pub struct HintsError(pub String);

/// Parses a hints array; shapes are checked as strictly as drizzle-kit does (unknown keys,
/// wrong tuple lengths and unknown kinds are errors naming the position).
pub fn parse_hints(text: &str) -> Result<Vec<Hint>, HintsError> {
    let value: Value = serde_json::from_str(text).map_err(|e| HintsError(format!("not valid JSON: {e}")))?;
    let items = value.as_array().ok_or_else(|| HintsError("expected a JSON array of hints".into()))?;
    items.iter().enumerate().map(|(i, h)| parse_one(h).map_err(|e| HintsError(format!("[{i}]: {e}")))).collect()
}

fn tuple(v: Option<&Value>, len: usize, field: &str) -> Result<Vec<String>, String> {
    let arr = v.and_then(Value::as_array).ok_or_else(|| format!("`{field}` must be an array of {len} strings"))?;
    let parts: Option<Vec<String>> = arr.iter().map(|s| s.as_str().map(str::to_string)).collect();
    match parts {
        Some(p) if p.len() == len => Ok(p),
        _ => Err(format!("`{field}` must be an array of {len} strings")),
    }
}

fn parse_one(h: &Value) -> Result<Hint, String> {
    let obj = h.as_object().ok_or("a hint must be an object")?;
    let kind = obj.get("kind").and_then(Value::as_str).ok_or("`kind` is missing")?.to_string();
    let allowed = |keys: &[&str]| match obj.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(format!("unknown key `{k}`")),
        None => Ok(()),
    };
    match obj.get("type").and_then(Value::as_str) {
        Some(t @ ("rename" | "create")) => {
            let len = Subject::from_hint_kind(&kind)
                .map(Subject::id_len)
                .or((kind == "default").then_some(3))
                .ok_or_else(|| format!("unknown kind {kind:?}"))?;
            if t == "rename" {
                allowed(&["type", "kind", "from", "to"])?;
                Ok(Hint::Rename { from: tuple(obj.get("from"), len, "from")?, to: tuple(obj.get("to"), len, "to")?, kind })
            } else {
                allowed(&["type", "kind", "entity"])?;
                Ok(Hint::Create { entity: tuple(obj.get("entity"), len, "entity")?, kind })
            }
        }
        Some("confirm_data_loss") => {
            allowed(&["type", "kind", "entity"])?;
            let len = CONFIRM_KINDS.iter().find(|(k, _)| *k == kind).map(|(_, l)| *l).ok_or_else(|| format!("unknown kind {kind:?}"))?;
            Ok(Hint::ConfirmDataLoss { entity: tuple(obj.get("entity"), len, "entity")?, kind })
        }
        other => Err(format!("unknown type {other:?} (expected rename, create or confirm_data_loss)")),
    }
}

/// A question no hint answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingHint {
    pub subject: Subject,
    pub entity: Vec<String>,
    /// The vanished entities it could be renamed from (not part of drizzle's JSON; dbkit shows
    /// them so the printed hints are complete).
    pub candidates: Vec<Vec<String>>,
}

impl MissingHint {
    /// `{"type":"rename_or_create","kind":"column","entity":["public","session","ip"]}`
    pub fn to_json(&self) -> Value {
        json!({"type": "rename_or_create", "kind": self.subject.hint_kind(), "entity": self.entity})
    }
}

/// Answers rename questions from hints; records the ones it cannot answer.
#[derive(Debug, Default)]
pub struct HintsResolver {
    pub hints: Vec<Hint>,
    pub missing: Vec<MissingHint>,
}

impl HintsResolver {
    pub fn new(hints: Vec<Hint>) -> HintsResolver {
        HintsResolver { hints, missing: Vec::new() }
    }
}

impl Resolver for HintsResolver {
    fn decide(&mut self, subject: Subject, created: &Candidate, deleted: &[Candidate]) -> Result<Decision, ResolveError> {
        let kind = subject.hint_kind();
        let id = created.id(subject);
        let rename = self.hints.iter().find_map(|h| match h {
            Hint::Rename { kind: k, from, to } if k == kind && *to == id => Some(from.clone()),
            _ => None,
        });
        if let Some(from) = rename {
            return match deleted.iter().position(|d| d.id(subject) == from) {
                Some(i) => Ok(Decision::RenameFrom(i)),
                None => Err(ResolveError::BadRenameHint { kind, from }),
            };
        }
        let create = self.hints.iter().any(|h| matches!(h, Hint::Create { kind: k, entity } if k == kind && *entity == id));
        if !create {
            self.missing.push(MissingHint { subject, entity: id, candidates: deleted.iter().map(|d| d.id(subject)).collect() });
        }
        Ok(Decision::Create)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(name: &str) -> Candidate {
        Candidate { schema: Some("public".into()), table: Some("session".into()), name: name.into() }
    }

    #[test]
    fn parses_drizzles_hint_shapes() {
        let hints = parse_hints(
            r#"[{"type":"rename","kind":"column","from":["public","session","ip_address"],"to":["public","session","ip"]},
                {"type":"create","kind":"table","entity":["public","t"]},
                {"type":"confirm_data_loss","kind":"column","entity":["public","account","scope"]}]"#,
        )
        .unwrap();
        assert_eq!(hints.len(), 3);
        assert!(
            parse_hints(r#"[{"type":"rename","kind":"column","from":["a"],"to":["b"]}]"#)
                .unwrap_err()
                .0
                .contains("[0]: `from` must be an array of 3 strings")
        );
        assert!(parse_hints(r#"[{"type":"create","kind":"table","entity":["p","t"],"extra":1}]"#).is_err());
        assert!(parse_hints("{").is_err());
    }

    #[test]
    fn renames_creates_and_missing_answers() {
        let mut r = HintsResolver::new(
            parse_hints(r#"[{"type":"rename","kind":"column","from":["public","session","ip_address"],"to":["public","session","ip"]}]"#)
                .unwrap(),
        );
        assert_eq!(r.decide(Subject::Column, &col("ip"), &[col("ip_address")]).unwrap(), Decision::RenameFrom(0));
        assert_eq!(r.decide(Subject::Column, &col("other"), &[col("x")]).unwrap(), Decision::Create);
        assert_eq!(
            r.missing,
            [MissingHint {
                subject: Subject::Column,
                entity: vec!["public".into(), "session".into(), "other".into()],
                candidates: vec![vec!["public".into(), "session".into(), "x".into()]],
            }]
        );
        assert_eq!(
            r.missing[0].to_json().to_string(),
            r#"{"type":"rename_or_create","kind":"column","entity":["public","session","other"]}"#
        );
        let err = r.decide(Subject::Column, &col("ip"), &[col("nope")]).unwrap_err();
        assert!(err.to_string().contains("doesn't match any deleted column"));
    }
}
