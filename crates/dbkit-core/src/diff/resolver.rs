//! Renames are questions: "is this new entity created, or renamed from one that disappeared?"
//!
//! The diff asks a [`Resolver`] for each entity that appears while others of the same kind (and
//! scope) disappear, in drizzle-kit's order; the answer comes from a prompt, from `--hints`
//! ([`super::hints::HintsResolver`]) or from a test script. Whatever is not renamed is created or
//! dropped.

/// What is being asked about, with drizzle-kit's hint `kind` spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Schema,
    Enum,
    Sequence,
    Policy,
    Role,
    Table,
    Column,
    View,
    Unique,
    Index,
    Check,
    PrimaryKey,
    ForeignKey,
}

impl Subject {
    /// The `kind` of a drizzle-kit 1.0 hint (`"foreign key"` has a space, as drizzle spells it).
    pub fn hint_kind(self) -> &'static str {
        match self {
            Subject::Schema => "schema",
            Subject::Enum => "enum",
            Subject::Sequence => "sequence",
            Subject::Policy => "policy",
            Subject::Role => "role",
            Subject::Table => "table",
            Subject::Column => "column",
            Subject::View => "view",
            Subject::Unique => "unique",
            Subject::Index => "index",
            Subject::Check => "check",
            Subject::PrimaryKey => "primary_key",
            Subject::ForeignKey => "foreign key",
        }
    }

    pub fn from_hint_kind(kind: &str) -> Option<Subject> {
        [
            Subject::Schema,
            Subject::Enum,
            Subject::Sequence,
            Subject::Policy,
            Subject::Role,
            Subject::Table,
            Subject::Column,
            Subject::View,
            Subject::Unique,
            Subject::Index,
            Subject::Check,
            Subject::PrimaryKey,
            Subject::ForeignKey,
        ]
        .into_iter()
        .find(|s| s.hint_kind() == kind)
    }

    /// How many parts an identifier of this kind has: `[name]`, `[schema, name]` or
    /// `[schema, table, name]`.
    pub fn id_len(self) -> usize {
        match self {
            Subject::Schema | Subject::Role => 1,
            Subject::Table | Subject::Enum | Subject::Sequence | Subject::View => 2,
            _ => 3,
        }
    }
}

/// An entity in a question, named as in hints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub schema: Option<String>,
    pub table: Option<String>,
    pub name: String,
}

impl Candidate {
    /// drizzle's entity id for hints: `[name]`, `[schema, name]` or `[schema, table, name]`.
    pub fn id(&self, subject: Subject) -> Vec<String> {
        let schema = self.schema.clone().unwrap_or_else(|| "public".into());
        match subject.id_len() {
            1 => vec![self.name.clone()],
            2 => vec![schema, self.name.clone()],
            _ => vec![schema, self.table.clone().unwrap_or_default(), self.name.clone()],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Create,
    /// Renamed (or moved) from `deleted[index]`.
    RenameFrom(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("rename hint's `from` {from:?} doesn't match any deleted {kind}; fix the hint (check `dbkit generate --explain`)")]
    BadRenameHint { kind: &'static str, from: Vec<String> },
    #[error("aborted")]
    Aborted,
}

pub trait Resolver {
    /// Decides about `created`, given the entities of the same kind and scope that are still
    /// unaccounted for (`deleted`, never empty).
    fn decide(&mut self, subject: Subject, created: &Candidate, deleted: &[Candidate]) -> Result<Decision, ResolveError>;
}

/// Never renames: every new entity is created and every vanished one dropped.
#[derive(Debug, Default)]
pub struct CreateAll;

impl Resolver for CreateAll {
    fn decide(&mut self, _: Subject, _: &Candidate, _: &[Candidate]) -> Result<Decision, ResolveError> {
        Ok(Decision::Create)
    }
}

/// The outcome for one kind in one scope.
#[derive(Debug, Clone)]
pub struct Resolved<T> {
    pub created: Vec<T>,
    pub deleted: Vec<T>,
    /// `(from, to)` pairs.
    pub renamed: Vec<(T, T)>,
}

/// Runs the questions for one kind and scope in drizzle-kit's order: each created entity in
/// turn; a rename removes its source from later questions; leftovers are deleted.
pub fn resolve<T: Clone>(
    subject: Subject,
    created: Vec<T>,
    deleted: Vec<T>,
    candidate: impl Fn(&T) -> Candidate,
    resolver: &mut dyn Resolver,
) -> Result<Resolved<T>, ResolveError> {
    if created.is_empty() || deleted.is_empty() {
        return Ok(Resolved { created, deleted, renamed: Vec::new() });
    }
    let mut left: Vec<T> = deleted;
    let mut out = Resolved { created: Vec::new(), deleted: Vec::new(), renamed: Vec::new() };
    for item in created {
        if left.is_empty() {
            out.created.push(item);
            continue;
        }
        let candidates: Vec<Candidate> = left.iter().map(&candidate).collect();
        match resolver.decide(subject, &candidate(&item), &candidates)? {
            Decision::Create => out.created.push(item),
            Decision::RenameFrom(i) => {
                let from = left.remove(i);
                out.renamed.push((from, item));
            }
        }
    }
    out.deleted = left;
    Ok(out)
}
