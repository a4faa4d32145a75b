//! One source file: its project-relative path and text, parsing it with oxc (TypeScript or
//! JavaScript by extension) into the interpreter's tree, and turning byte offsets into
//! `file:line:column` locations and short one-line snippets for messages.

use oxc_allocator::Allocator;
use oxc_parser::Parser;
use oxc_span::{SourceType, Span};

use super::JsError;
use super::ast::Program;
use super::lower::Lowerer;
use super::value::Location;

/// Longest snippet quoted in a message, in characters.
const SNIPPET_MAX: usize = 60;

pub(crate) struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: &str, text: String) -> Self {
        Self { path: path.to_string(), text }
    }

    fn extension(&self) -> String {
        let name = self.path.rsplit('/').next().unwrap_or(&self.path);
        name.rsplit_once('.').map_or(String::new(), |(_, ext)| ext.to_ascii_lowercase())
    }

    /// TypeScript for .ts/.mts/.cts/.tsx (and anything unknown), an ES module for .js/.mjs/.jsx,
    /// CommonJS for .cjs.
    fn source_type(&self) -> SourceType {
        match self.extension().as_str() {
            "js" | "mjs" => SourceType::mjs(),
            "jsx" => SourceType::jsx(),
            "cjs" => SourceType::cjs(),
            "tsx" => SourceType::tsx(),
            _ => SourceType::ts(),
        }
    }

    /// .js and .cjs files without `import`/`export` are CommonJS (`module.exports`).
    pub fn may_be_commonjs(&self) -> bool {
        matches!(self.extension().as_str(), "js" | "cjs")
    }

    /// Parses and lowers the file; the first syntax error is the error.
    pub fn parse(&self) -> Result<Program, JsError> {
        let allocator = Allocator::default();
        let source_type = self.source_type();
        let parsed = Parser::new(&allocator, &self.text, source_type).parse();
        let language = if source_type.is_typescript() { "TypeScript" } else { "JavaScript" };
        if let Some(diagnostic) = parsed.diagnostics.errors().next() {
            let (offset, len) = diagnostic.labels.first().map_or((0, 0), |label| (label.offset(), label.len()));
            let snippet = if len == 0 { self.line_snippet(offset) } else { self.snippet(Span::sized(offset, len)) };
            let message = diagnostic.message.trim_end_matches('.');
            return Err(JsError {
                location: self.location(offset),
                message: format!("syntax error: {message} (at `{snippet}`); fix the file so it parses as {language}"),
            });
        }
        if parsed.panicked {
            return Err(JsError {
                location: self.location(0),
                message: format!("syntax error: the parser gave up; fix the file so it parses as {language}"),
            });
        }
        Ok(Lowerer::new(source_type.is_typescript()).program(&parsed.program))
    }

    /// The largest char boundary at or before `offset`.
    fn clamp(&self, offset: u32) -> usize {
        let mut i = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// 1-based line and character column of a byte offset.
    pub fn location(&self, offset: u32) -> Location {
        let before = &self.text[..self.clamp(offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            file: self.path.clone(),
            line: before.matches('\n').count() as u32 + 1,
            column: before[line_start..].chars().count() as u32 + 1,
        }
    }

    /// "line:column", for messages that point at a second place in the file.
    pub fn line_column(&self, offset: u32) -> String {
        let at = self.location(offset);
        format!("{}:{}", at.line, at.column)
    }

    pub fn text_of(&self, span: Span) -> &str {
        let (start, end) = (self.clamp(span.start), self.clamp(span.end));
        &self.text[start..end.max(start)]
    }

    /// The source text of a span on one line, shortened to about 60 characters.
    pub fn snippet(&self, span: Span) -> String {
        shorten(self.text_of(span))
    }

    /// The (shortened) line containing `offset`.
    fn line_snippet(&self, offset: u32) -> String {
        let at = self.clamp(offset);
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at..].find('\n').map_or(self.text.len(), |i| at + i);
        shorten(&self.text[start..end])
    }
}

/// One line (whitespace runs collapsed), at most about 60 characters.
pub(crate) fn shorten(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= SNIPPET_MAX {
        one_line
    } else {
        let head: String = one_line.chars().take(SNIPPET_MAX - 3).collect();
        format!("{}...", head.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_characters() {
        let src = SourceFile::new("schema.ts", "const a = 1\nconst é = 'ü'; x".into());
        let x = src.text.find('x').unwrap() as u32;
        assert_eq!(src.location(x).to_string(), "schema.ts:2:16");
        assert_eq!(src.line_column(0), "1:1");
    }

    #[test]
    fn snippets_are_short() {
        assert_eq!(shorten("{\n  a:   1,\n}"), "{ a: 1, }");
        assert!(shorten(&"x".repeat(100)).ends_with("..."));
    }

    #[test]
    fn language_by_extension() {
        assert!(SourceFile::new("a.ts", String::new()).source_type().is_typescript());
        assert!(SourceFile::new("a.tsx", String::new()).source_type().is_jsx());
        assert!(!SourceFile::new("dir.ts/a.js", String::new()).source_type().is_typescript());
        assert!(SourceFile::new("a.cjs", String::new()).may_be_commonjs());
        assert!(!SourceFile::new("a.mjs", String::new()).may_be_commonjs());
    }
}
