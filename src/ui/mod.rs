//! Every user-visible line: one place that prints, in text or JSON.
//!
//! Text goes to stdout (errors to stderr), with colour only on a terminal and without `NO_COLOR`.
//! In JSON mode stdout carries exactly one JSON object per run (errors included) so scripts can
//! parse it; nothing else is printed there.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use serde_json::{Value, json};

use crate::cli::Output;

pub mod folder;
pub mod generate;
pub mod migrate;
pub mod pull;
pub mod push;
pub mod restore;
pub mod revert;
pub mod status;

pub struct Ui {
    json: bool,
    color: bool,
}

#[derive(Clone, Copy)]
pub enum Mark {
    Done,
    Info,
    Warn,
}

impl Ui {
    pub fn new(output: Output) -> Ui {
        let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Ui { json: output == Output::Json, color }
    }

    pub fn is_json(&self) -> bool {
        self.json
    }

    /// A plain line of text output (skipped in JSON mode).
    pub fn line(&self, text: impl AsRef<str>) {
        if !self.json {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", text.as_ref());
        }
    }

    /// `[✓] text`, `[i] text`, `[!] text` (skipped in JSON mode).
    pub fn mark(&self, mark: Mark, text: impl AsRef<str>) {
        let (symbol, colour) = match mark {
            Mark::Done => ("✓", "32"),
            Mark::Info => ("i", "34"),
            Mark::Warn => ("!", "33"),
        };
        let symbol = if self.color { format!("\x1b[{colour}m{symbol}\x1b[0m") } else { symbol.to_string() };
        self.line(format!("[{symbol}] {}", text.as_ref()));
    }

    /// Dimmed detail text, e.g. which config file was read.
    pub fn detail(&self, text: impl AsRef<str>) {
        if self.color {
            self.line(format!("\x1b[90m{}\x1b[0m", text.as_ref()));
        } else {
            self.line(text);
        }
    }

    /// The single JSON document of a JSON-mode run.
    pub fn json(&self, value: &Value) {
        if self.json {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{value}");
        }
    }

    /// A warning that must not mix with the command's output: `Warning: …` on stderr (text mode;
    /// JSON mode puts warnings in the document).
    pub fn warn(&self, message: &str) {
        if !self.json {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "Warning: {message}");
        }
    }

    /// The run's error, once: `Error: …` on stderr, or `{"status":"error",…}` on stdout.
    pub fn error(&self, message: &str) {
        if self.json {
            self.json(&json!({ "status": "error", "error": message }));
        } else {
            let mut err = std::io::stderr().lock();
            let prefix =
                if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() { "\x1b[31mError:\x1b[0m" } else { "Error:" };
            let _ = writeln!(err, "{prefix} {message}");
        }
    }
}

/// `12 ms`, `1.4 s`.
pub fn duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 1000.0 { format!("{} ms", ms.round() as u64) } else { format!("{:.1} s", ms / 1000.0) }
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
