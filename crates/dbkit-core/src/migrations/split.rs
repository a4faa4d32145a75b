//! Cutting a migration file into the pieces drizzle-orm executes one by one.
//!
//! The runtime splits the whole file on the literal `--> statement-breakpoint` (without the
//! newline) and runs every piece, so pieces usually start with `\n`. dbkit splits identically;
//! it only leaves out pieces that are pure whitespace, which PostgreSQL would answer with an
//! empty query anyway, and remembers where each piece starts so errors can name a line.

/// The marker drizzle-kit writes between statements.
pub const BREAKPOINT: &str = "--> statement-breakpoint";

/// One executable piece of a migration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement<'a> {
    /// 1-based number among the file's non-empty pieces.
    pub number: usize,
    /// The piece exactly as the runtime sends it.
    pub sql: &'a str,
    /// 1-based line of the file on which the piece starts.
    pub line: usize,
}

impl Statement<'_> {
    /// The file line of a 1-based character position inside this piece (PostgreSQL's error
    /// `position`), or the first line with text when the position is unknown.
    pub fn line_at(&self, position: Option<usize>) -> usize {
        let upto = match position {
            Some(pos) if pos > 0 => self.sql.char_indices().nth(pos - 1).map_or(self.sql.len(), |(i, _)| i),
            // Point at the first non-blank character rather than the newline after the marker.
            _ => self.sql.len() - self.sql.trim_start().len(),
        };
        self.line + self.sql[..upto].matches('\n').count()
    }
}

/// Splits a migration file the way drizzle-orm's migrator does.
pub fn split_statements(sql: &str) -> Vec<Statement<'_>> {
    let mut out = Vec::new();
    let mut line = 1;
    for piece in sql.split(BREAKPOINT) {
        if !piece.trim().is_empty() {
            out.push(Statement { number: out.len() + 1, sql: piece, line });
        }
        line += piece.matches('\n').count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "CREATE TABLE \"a\" (\n\t\"id\" integer\n);\n--> statement-breakpoint\nCREATE INDEX \"i\" ON \"a\" (\"id\");--> statement-breakpoint\nALTER TABLE \"a\" ADD COLUMN \"b\" text;";

    #[test]
    fn splits_like_the_runtime() {
        let parts = split_statements(FILE);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].sql, "CREATE TABLE \"a\" (\n\t\"id\" integer\n);\n");
        // pieces keep the newline that follows the marker, as drizzle-orm sends them
        assert_eq!(parts[1].sql, "\nCREATE INDEX \"i\" ON \"a\" (\"id\");");
        assert_eq!(parts[2].sql, "\nALTER TABLE \"a\" ADD COLUMN \"b\" text;");
        assert_eq!(parts.iter().map(|s| s.number).collect::<Vec<_>>(), [1, 2, 3]);
    }

    #[test]
    fn knows_the_line_of_each_statement_and_error_position() {
        let parts = split_statements(FILE);
        assert_eq!(parts[0].line_at(None), 1);
        assert_eq!(parts[1].line_at(None), 5);
        assert_eq!(parts[2].line_at(None), 6);
        // position 3 of the first piece is on line 1; the "integer" on line 2
        assert_eq!(parts[0].line_at(Some(3)), 1);
        assert_eq!(parts[0].line_at(Some(26)), 2);
    }

    #[test]
    fn whitespace_pieces_are_not_statements() {
        let parts = split_statements("select 1;--> statement-breakpoint\n  \n--> statement-breakpoint\nselect 2;");
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[1].number, 2);
        assert_eq!(parts[1].line_at(None), 4);
        assert!(split_statements("").is_empty());
    }

    #[test]
    fn a_file_without_markers_is_one_piece() {
        let parts = split_statements("select 1;\nselect 2;\n");
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].sql, "select 1;\nselect 2;\n");
    }
}
