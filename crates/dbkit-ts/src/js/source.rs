//! One source file: its project-relative path and text, parsing it with oxc (TypeScript or
//! JavaScript by extension) into the interpreter's tree, and turning byte offsets into
//! `file:line:column` locations and short one-line snippets for messages.

use oxc_allocator::Allocator;
use oxc_parser::{ParseOptions, Parser};
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
    ///
    /// A large TypeScript file is parsed in pieces (see [`pieces`]) with one arena reused for
    /// each, so that oxc's tree of the whole file (about twelve times the text) never exists at
    /// once; the pieces' trees are lowered into one program. Should a piece not parse on its
    /// own, the whole file is parsed at once instead, which also gives the usual error.
    pub fn parse(&self) -> Result<Program, JsError> {
        let source_type = self.source_type();
        if self.text.len() > PIECE_BYTES
            && source_type.is_typescript()
            && !source_type.is_jsx()
            && let Some(program) = self.parse_in_pieces(source_type, PIECE_BYTES)
        {
            return Ok(program);
        }
        self.parse_whole(source_type)
    }

    fn parse_whole(&self, source_type: SourceType) -> Result<Program, JsError> {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, &self.text, source_type).with_options(parse_options()).parse();
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
        let mut lowerer = Lowerer::new(source_type.is_typescript());
        lowerer.add(&parsed.program, 0);
        Ok(lowerer.finish())
    }

    /// The program from parsing [`pieces`] of at least `piece_bytes` one by one; None when one
    /// does not parse alone.
    pub(super) fn parse_in_pieces(&self, source_type: SourceType, piece_bytes: usize) -> Option<Program> {
        let mut allocator = Allocator::default();
        let mut lowerer = Lowerer::new(source_type.is_typescript());
        for (start, end) in pieces(&self.text, piece_bytes) {
            allocator.reset();
            let parsed = Parser::new(&allocator, &self.text[start..end], source_type).with_options(parse_options()).parse();
            if parsed.panicked || parsed.diagnostics.errors().next().is_some() {
                return None;
            }
            lowerer.add(&parsed.program, u32::try_from(start).ok()?);
        }
        Some(lowerer.finish())
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

/// Files larger than this are parsed in pieces of about this size.
const PIECE_BYTES: usize = 16 * 1024;

fn parse_options() -> ParseOptions {
    // Identifier hashes serve oxc's semantic analysis, which dbkit does not run.
    ParseOptions { enable_ident_hashes: false, ..ParseOptions::default() }
}

/// Splits a TypeScript text into byte ranges of at least `piece_bytes` (the last may be
/// shorter), each ending where a line starting with `export` begins. Such a line starts a new
/// top-level statement unless it lies inside a comment, string, template, bracket or JSX text;
/// then the piece before it ends inside that construct and does not parse alone (which makes
/// the caller parse the whole file instead). Where it does start a statement, no statement
/// before it can continue into it (`export` is reserved, so automatic semicolon insertion ends
/// the one before), and TypeScript files have no checks across statements in the parser, so
/// the pieces parse to the statements the whole file would.
pub(super) fn pieces(text: &str, piece_bytes: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > piece_bytes {
        let Some(end) = next_export_line(text, start + piece_bytes) else { break };
        out.push((start, end));
        start = end;
    }
    out.push((start, text.len()));
    out
}

/// The start of the first line at or after `from` that begins with `export` followed by a
/// space, tab, `{` or `*`.
fn next_export_line(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(i) = bytes.get(at..)?.iter().position(|&b| b == b'\n') {
        let line = at + i + 1;
        let rest = &bytes[line..];
        if rest.starts_with(b"export") && matches!(rest.get(6), Some(b' ' | b'\t' | b'{' | b'*')) {
            return Some(line);
        }
        at = line;
    }
    None
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

    /// Everything lowered, spans included, as text (the maps are indexes of the lists).
    fn lowered(program: &Program) -> String {
        format!("{:?}\n{:?}\n{:?}\n{:?}\n{:?}", program.body, program.imports, program.exports, program.requests, program.vars)
    }

    const PIECES: &str = r#"import { integer, pgTable, text } from "drizzle-orm/pg-core";
import type { Foo } from "./types";
/* a comment
export const inComment = 1; */
export const a = pgTable("a", { id: integer().primaryKey() });
const s = `template
export const inTemplate = ${1};
`;
export function f(x: Foo) { var v = x; return v; }
export { s as t };
export * from "./other";
export default a;
const b = a
export const c = pgTable("c", {
  id: integer(),
  name: text(),
}, (t) => [/* export */]);
export {};
"#;

    #[test]
    fn pieces_end_at_export_lines() {
        let ranges = pieces(PIECES, 0);
        let starts: Vec<&str> = ranges.iter().map(|&(start, end)| PIECES[start..end].lines().next().unwrap()).collect();
        assert_eq!(starts[0], "import { integer, pgTable, text } from \"drizzle-orm/pg-core\";");
        assert!(starts[1..].iter().all(|line| line.starts_with("export")), "{starts:?}");
        assert_eq!(ranges.last().unwrap().1, PIECES.len());
        assert_eq!(pieces(PIECES, PIECES.len()), vec![(0, PIECES.len())]);
        assert_eq!(pieces("é\nexport const a = 1;\n", 1), vec![(0, 3), (3, 23)]);
    }

    #[test]
    fn pieces_lower_as_the_whole_file() {
        let text =
            PIECES.replace("`template\nexport const inTemplate", "`template const inTemplate").replace("/* a comment\nexport", "/* export");
        let src = SourceFile::new("schema.ts", text);
        let whole = src.parse_whole(SourceType::ts()).unwrap();
        for size in [0, 40, 200] {
            let pieces = src.parse_in_pieces(SourceType::ts(), size).expect("every piece parses");
            assert_eq!(lowered(&pieces), lowered(&whole), "pieces of {size} bytes");
            assert_eq!(pieces.has_module_syntax, whole.has_module_syntax);
            assert_eq!(pieces.export_index, whole.export_index);
        }
    }

    #[test]
    fn a_split_inside_a_construct_falls_back_to_the_whole_file() {
        let src = SourceFile::new("schema.ts", PIECES.to_string());
        assert!(src.parse_in_pieces(SourceType::ts(), 0).is_none());
        let whole = src.parse_whole(SourceType::ts()).unwrap();
        assert_eq!(lowered(&src.parse().unwrap()), lowered(&whole));
        let broken = SourceFile::new("schema.ts", format!("{}\nexport const = ;\n", "const x = 1;\n".repeat(10_000)));
        let error = broken.parse().err().expect("a syntax error");
        assert!(error.to_string().starts_with("schema.ts:10002:14: syntax error"), "{error}");
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
