//! PostgreSQL array literals (`{1,2,3}`, `{"a b",NULL,{x}}`) read as drizzle-kit's `parseArray`
//! reads them, and written back as a TypeScript array (`stringifyArray(…, "ts", …)`).
//!
//! drizzle-kit's grammar: items are separated by `,` with whitespace around them skipped; an item
//! is a double-quoted string (backslash escapes, read as JSON), a run of characters other than
//! `{ } , "` that does not contain `NULL`, the word `NULL`, or a nested array. Anything else fails
//! the parse, and the default is then written as `sql\`…\``.

/// An array item: `None` is `NULL`.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item {
    Value(Option<String>),
    Array(Vec<Item>),
}

/// Parses an array literal (`None` when drizzle-kit's grammar rejects it).
pub(super) fn parse(text: &str) -> Option<Vec<Item>> {
    let mut p = Parser { s: text, i: 0 };
    p.ws();
    let items = p.array()?;
    p.ws();
    (p.i == text.len()).then_some(items)
}

struct Parser<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.i..]
    }

    fn ws(&mut self) {
        let n = self.rest().len() - self.rest().trim_start().len();
        self.i += n;
    }

    fn array(&mut self) -> Option<Vec<Item>> {
        if !self.rest().starts_with('{') {
            return None;
        }
        self.i += 1;
        self.ws();
        let mut items = Vec::new();
        if self.rest().starts_with('}') {
            self.i += 1;
            return Some(items);
        }
        loop {
            self.ws();
            items.push(self.item()?);
            self.ws();
            if self.rest().starts_with('}') {
                self.i += 1;
                return Some(items);
            }
            if !self.rest().starts_with(',') {
                return None;
            }
            self.i += 1;
        }
    }

    fn item(&mut self) -> Option<Item> {
        let rest = self.rest();
        if rest.starts_with('"') {
            return self.quoted().map(|s| Item::Value(Some(s)));
        }
        // A quoteless string: up to the next `{ } , "` or `NULL`.
        let mut len = 0;
        for (at, c) in rest.char_indices() {
            if matches!(c, '{' | '}' | ',' | '"') || rest[at..].starts_with("NULL") {
                break;
            }
            len = at + c.len_utf8();
        }
        if len > 0 {
            self.i += len;
            return Some(Item::Value(Some(rest[..len].replace("''", "'"))));
        }
        if rest.starts_with("NULL") {
            self.i += 4;
            return Some(Item::Value(None));
        }
        self.array().map(Item::Array)
    }

    /// `"…"` with backslash escapes; the text between the quotes is read as a JSON string (after
    /// `''` becomes `'`), so an escape JSON does not know fails the parse.
    fn quoted(&mut self) -> Option<String> {
        let rest = self.rest();
        let mut end = None;
        let mut chars = rest.char_indices().skip(1);
        while let Some((at, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next()?;
                }
                '"' => {
                    end = Some(at);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let inner = rest[1..end].replace("''", "'");
        self.i += end + 1;
        serde_json::from_str::<String>(&format!("\"{inner}\"")).ok()
    }
}

/// drizzle-kit's `stringifyArray(value, "ts", cb)`: `[a,b,[c]]` with `cb` applied to each value;
/// a callback that fails (drizzle-kit's throws on `NULL`) fails the whole default.
pub(super) fn to_ts(items: &[Item], cb: &mut dyn FnMut(Option<&str>) -> Option<String>) -> Option<String> {
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        parts.push(match item {
            Item::Value(v) => cb(v.as_deref())?,
            Item::Array(inner) => to_ts(inner, cb)?,
        });
    }
    Some(format!("[{}]", parts.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Item {
        Item::Value(Some(s.into()))
    }

    #[test]
    fn literals_parse_like_drizzle_kits_grammar() {
        assert_eq!(parse("{}"), Some(vec![]));
        assert_eq!(parse("{1,2,3}"), Some(vec![v("1"), v("2"), v("3")]));
        assert_eq!(parse(r#"{"x","y z", NULL}"#), Some(vec![v("x"), v("y z"), Item::Value(None)]));
        assert_eq!(parse("{{1,2},{3,4}}"), Some(vec![Item::Array(vec![v("1"), v("2")]), Item::Array(vec![v("3"), v("4")])]));
        assert_eq!(parse(r#"{"a\"b"}"#), Some(vec![v("a\"b")]));
        assert_eq!(parse("{aNULLb}"), None);
        assert_eq!(parse("ARRAY[1]"), None);
    }

    #[test]
    fn arrays_print_as_typescript() {
        let items = parse("{1,{2,NULL}}").unwrap();
        assert_eq!(to_ts(&items, &mut |v| Some(v.unwrap_or("null").to_string())), Some("[1,[2,null]]".into()));
        assert_eq!(to_ts(&items, &mut |v| v.map(str::to_string)), None);
    }
}
