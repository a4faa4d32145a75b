//! Which migration files cannot run inside a transaction block.
//!
//! drizzle-orm wraps every pending migration in one transaction, so a file with
//! `CREATE INDEX CONCURRENTLY` (which drizzle-kit 1.0 itself writes for `.concurrently()`) fails
//! with "cannot run inside a transaction block". dbkit finds such statements with a small lexer
//! that skips comments, strings, quoted identifiers and dollar-quoted bodies, and runs that file
//! on its own, outside a transaction. Files that manage their own transactions (`BEGIN`/`COMMIT`)
//! are treated the same way, since wrapping them would commit dbkit's transaction half-way.

/// Why a file has to run outside a transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoTransaction {
    /// The statement's leading words, upper-cased (e.g. `CREATE INDEX CONCURRENTLY`).
    pub what: String,
    /// 1-based line of the file where that statement starts.
    pub line: usize,
}

/// The first statement of `sql` that PostgreSQL refuses to run inside a transaction block.
pub fn needs_no_transaction(sql: &str) -> Option<NoTransaction> {
    statements(sql).into_iter().find_map(|(words, line)| classify(&words).map(|what| NoTransaction { what, line }))
}

fn classify(words: &[String]) -> Option<String> {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let has = |word: &str| w.contains(&word);
    let lead = |n: usize| w[..n.min(w.len())].join(" ");
    match w.as_slice() {
        ["CREATE", "INDEX", "CONCURRENTLY", ..] | ["DROP", "INDEX", "CONCURRENTLY", ..] => Some(lead(3)),
        ["CREATE", "UNIQUE", "INDEX", "CONCURRENTLY", ..] => Some(lead(4)),
        ["REINDEX", ..] if has("CONCURRENTLY") => Some("REINDEX CONCURRENTLY".into()),
        ["REINDEX", "DATABASE" | "SYSTEM", ..] => Some(lead(2)),
        ["ALTER", "TABLE", ..] if has("DETACH") && has("PARTITION") && has("CONCURRENTLY") => {
            Some("ALTER TABLE DETACH PARTITION CONCURRENTLY".into())
        }
        ["VACUUM", ..] => Some(lead(1)),
        ["CREATE" | "DROP", "DATABASE" | "TABLESPACE" | "SUBSCRIPTION", ..] => Some(lead(2)),
        ["ALTER", "SYSTEM", ..] => Some(lead(2)),
        ["BEGIN" | "COMMIT" | "ROLLBACK" | "END" | "ABORT", ..] => Some(lead(1)),
        ["START", "TRANSACTION", ..] => Some(lead(2)),
        _ => None,
    }
}

/// The leading words (up to a dozen, upper-cased) and start line of each `;`-separated statement.
fn statements(sql: &str) -> Vec<(Vec<String>, usize)> {
    const KEEP: usize = 12;
    let bytes = sql.as_bytes();
    let mut out: Vec<(Vec<String>, usize)> = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut start_line = 0;
    let mut line = 1;
    let mut i = 0;
    let mut flush = |words: &mut Vec<String>, start_line: usize| {
        if !words.is_empty() {
            out.push((std::mem::take(words), start_line));
        }
    };
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(bytes[i] == b'\n');
                        i += 1;
                    }
                }
            }
            b'\'' | b'"' => {
                // E'...' strings allow backslash escapes; everything else doubles the quote.
                let backslashes = c == b'\'' && i > 0 && matches!(bytes[i - 1], b'e' | b'E');
                i += 1;
                while i < bytes.len() {
                    if backslashes && bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    line += usize::from(bytes[i] == b'\n');
                    if bytes[i] == c {
                        if bytes.get(i + 1) == Some(&c) {
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                if words.is_empty() {
                    start_line = line;
                }
                if words.len() < KEEP {
                    words.push(String::new()); // a quoted token still takes a word position
                }
            }
            b'$' => {
                let tag_end = bytes[i + 1..].iter().position(|&b| !(b.is_ascii_alphanumeric() || b == b'_')).map(|p| i + 1 + p);
                match tag_end {
                    Some(end) if bytes[end] == b'$' => {
                        let tag = &sql[i..=end];
                        let body_start = end + 1;
                        let close = sql[body_start..].find(tag).map_or(bytes.len(), |p| body_start + p + tag.len());
                        line += sql[i..close].matches('\n').count();
                        i = close;
                        if words.len() < KEEP {
                            words.push(String::new());
                        }
                    }
                    _ => i += 1,
                }
            }
            b';' => {
                flush(&mut words, start_line);
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let begin = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$') {
                    i += 1;
                }
                if words.is_empty() {
                    start_line = line;
                }
                if words.len() < KEEP {
                    words.push(sql[begin..i].to_ascii_uppercase());
                }
            }
            _ => i += 1,
        }
    }
    flush(&mut words, start_line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(sql: &str) -> Option<String> {
        needs_no_transaction(sql).map(|n| n.what)
    }

    #[test]
    fn finds_statements_postgres_refuses_in_a_transaction() {
        assert_eq!(what("CREATE INDEX CONCURRENTLY \"i\" ON \"t\" (\"c\");").as_deref(), Some("CREATE INDEX CONCURRENTLY"));
        assert_eq!(what("create unique index concurrently i on t (c)").as_deref(), Some("CREATE UNIQUE INDEX CONCURRENTLY"));
        assert_eq!(what("DROP INDEX CONCURRENTLY i;").as_deref(), Some("DROP INDEX CONCURRENTLY"));
        assert_eq!(what("REINDEX (VERBOSE) TABLE CONCURRENTLY t;").as_deref(), Some("REINDEX CONCURRENTLY"));
        assert_eq!(what("vacuum analyze t;").as_deref(), Some("VACUUM"));
        assert_eq!(what("ALTER TABLE p DETACH PARTITION c CONCURRENTLY;").as_deref(), Some("ALTER TABLE DETACH PARTITION CONCURRENTLY"));
        assert_eq!(what("COMMIT;\nCREATE TABLE t ();").as_deref(), Some("COMMIT"));
    }

    #[test]
    fn ordinary_ddl_runs_in_a_transaction() {
        assert_eq!(what("CREATE INDEX \"i\" ON \"t\" (\"c\");--> statement-breakpoint\nALTER TYPE \"e\" ADD VALUE 'x';"), None);
        assert_eq!(what("CREATE TABLE \"concurrently\" (\"vacuum\" text);"), None);
    }

    #[test]
    fn ignores_words_inside_comments_strings_and_bodies() {
        assert_eq!(what("-- CREATE INDEX CONCURRENTLY later\nselect 1;"), None);
        assert_eq!(what("/* VACUUM /* nested */ still comment */ select 1;"), None);
        assert_eq!(what("insert into t values ('; VACUUM'), (E'\\'; VACUUM');"), None);
        assert_eq!(what("create function f() returns void as $body$ begin vacuum; end $body$ language plpgsql;"), None);
        assert_eq!(what("create table \"x;vacuum\" (a int);"), None);
    }

    #[test]
    fn reports_the_line_of_the_statement() {
        let found =
            needs_no_transaction("CREATE TABLE t (a int);\n--> statement-breakpoint\n\nCREATE INDEX CONCURRENTLY i ON t (a);").unwrap();
        assert_eq!(found.line, 4);
    }
}
