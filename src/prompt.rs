//! Rename questions in a terminal: drizzle-style "created or renamed?" select prompts (dialoguer).
//! Hints given with --hints answer first; only what they leave open is asked.

use dbkit_core::diff::hints::{Hint, HintsResolver};
use dbkit_core::diff::{Candidate, Decision, ResolveError, Resolver, Subject};
use dialoguer::Select;
use dialoguer::theme::ColorfulTheme;

/// `schema.table.name` without the default schema, as drizzle-kit shows entities.
fn key(c: &Candidate) -> String {
    let mut parts = Vec::new();
    if let Some(s) = c.schema.as_deref().filter(|s| *s != "public") {
        parts.push(s.to_string());
    }
    if let Some(t) = &c.table {
        parts.push(t.clone());
    }
    parts.push(c.name.clone());
    parts.join(".")
}

/// drizzle's `humanizeKind`: `primary_key` → `primary key`.
pub fn human_kind(subject: Subject) -> String {
    subject.hint_kind().replace('_', " ")
}

pub struct PromptResolver {
    hints: HintsResolver,
}

impl PromptResolver {
    pub fn new(hints: Vec<Hint>) -> PromptResolver {
        PromptResolver { hints: HintsResolver::new(hints) }
    }
}

impl Resolver for PromptResolver {
    fn decide(&mut self, subject: Subject, created: &Candidate, deleted: &[Candidate]) -> Result<Decision, ResolveError> {
        // A hint for this entity answers without asking.
        let before = self.hints.missing.len();
        let hinted = self.hints.decide(subject, created, deleted)?;
        if self.hints.missing.len() == before {
            return Ok(hinted);
        }
        self.hints.missing.pop();
        let kind = human_kind(subject);
        let mut items = vec![format!("+ {} create {kind}", key(created))];
        items.extend(deleted.iter().map(|d| format!("~ {} › {} rename {kind}", key(d), key(created))));
        let choice = Select::with_theme(&ColorfulTheme::default())
            .with_prompt(format!("Is {} {kind} created or renamed from another {kind}?", key(created)))
            .items(&items)
            .default(0)
            .interact_opt()
            .map_err(|_| ResolveError::Aborted)?
            .ok_or(ResolveError::Aborted)?;
        Ok(if choice == 0 { Decision::Create } else { Decision::RenameFrom(choice - 1) })
    }
}
