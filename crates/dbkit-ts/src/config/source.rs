//! The config file's text: parsing it with oxc (TS or JS by extension) and turning spans into
//! `file:line:column` locations and short one-line snippets for messages.

use oxc_allocator::Allocator;
use oxc_ast::ast::Program;
use oxc_parser::Parser;
use oxc_span::{SourceType, Span};

use super::error::{ConfigError, Location};

/// Longest snippet quoted in a message, in characters.
const SNIPPET_MAX: usize = 60;

/// The file being read: its display path and text.
#[derive(Clone, Copy)]
pub(crate) struct Source<'s> {
    pub file: &'s str,
    pub text: &'s str,
}

impl<'s> Source<'s> {
    /// TypeScript for .ts/.mts/.cts (and anything unknown), a JS module for .js/.mjs,
    /// CommonJS for .cjs.
    fn source_type(&self) -> SourceType {
        let extension = self.file.rsplit_once('.').map_or("", |(_, ext)| ext);
        match extension.to_ascii_lowercase().as_str() {
            "js" | "mjs" => SourceType::mjs(),
            "cjs" => SourceType::cjs(),
            _ => SourceType::ts(),
        }
    }

    fn language(&self) -> &'static str {
        if self.source_type().is_typescript() { "TypeScript" } else { "JavaScript" }
    }

    /// Parses the file; the first syntax error becomes `ConfigError::Syntax`.
    pub fn parse<'a>(&self, allocator: &'a Allocator) -> Result<Program<'a>, ConfigError>
    where
        's: 'a,
    {
        let parsed = Parser::new(allocator, self.text, self.source_type()).parse();
        if let Some(diagnostic) = parsed.diagnostics.errors().next() {
            let (offset, len) = diagnostic.labels.first().map_or((0, 0), |label| (label.offset(), label.len()));
            let span = Span::new(offset, offset + len);
            let snippet = if len == 0 { self.line_snippet(offset) } else { self.snippet(span) };
            return Err(ConfigError::Syntax {
                at: self.location(offset),
                message: diagnostic.message.trim_end_matches('.').to_string(),
                snippet,
                language: self.language(),
            });
        }
        if parsed.panicked {
            return Err(ConfigError::Syntax {
                at: self.location(0),
                message: "the parser gave up".into(),
                snippet: self.line_snippet(0),
                language: self.language(),
            });
        }
        Ok(parsed.program)
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
            file: self.file.to_string(),
            line: before.matches('\n').count() as u32 + 1,
            column: before[line_start..].chars().count() as u32 + 1,
        }
    }

    /// The exact source text of a span.
    pub fn text_of(&self, span: Span) -> &'s str {
        &self.text[self.clamp(span.start)..self.clamp(span.end)]
    }

    /// The source text of a span on one line (whitespace runs collapsed), shortened to about
    /// 60 characters.
    pub fn snippet(&self, span: Span) -> String {
        shorten(self.text_of(span))
    }

    /// The (shortened) line containing `offset`, for errors without a useful span.
    fn line_snippet(&self, offset: u32) -> String {
        let at = self.clamp(offset);
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at..].find('\n').map_or(self.text.len(), |i| at + i);
        shorten(&self.text[start..end])
    }

    /// `ConfigError::Unsupported` for the expression at `span`.
    pub fn unsupported(&self, span: Span, reason: Option<String>) -> ConfigError {
        ConfigError::Unsupported { at: self.location(span.start), expr: self.snippet(span), reason }
    }
}

fn shorten(text: &str) -> String {
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
    fn locations_are_one_based_and_count_characters() {
        let src = Source { file: "drizzle.config.ts", text: "const a = 1\nconst é = 'ü'; x" };
        let x = src.text.find('x').unwrap() as u32;
        assert_eq!(src.location(x).to_string(), "drizzle.config.ts:2:16");
        assert_eq!(src.location(0).to_string(), "drizzle.config.ts:1:1");
    }

    #[test]
    fn snippets_are_one_line_and_short() {
        assert_eq!(shorten("{\n  url:   x,\n}"), "{ url: x, }");
        let long = format!("'{}'", "a".repeat(100));
        let short = shorten(&long);
        assert!(short.ends_with("...") && short.chars().count() <= SNIPPET_MAX);
    }

    #[test]
    fn source_type_follows_extension() {
        let ts = Source { file: "drizzle.config.ts", text: "" };
        let js = Source { file: "drizzle.config.js", text: "" };
        let cjs = Source { file: "drizzle.config.cjs", text: "" };
        assert!(ts.source_type().is_typescript());
        assert!(js.source_type().is_javascript() && js.source_type().is_module());
        assert!(cjs.source_type().is_commonjs());
    }
}
