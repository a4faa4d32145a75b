//! The DDL store, filled as drizzle-kit's `interimToDDL` fills it from the interim schema: kind
//! by kind, with the column-level primary keys and uniques added where no table-level one
//! exists, and the same refusals (duplicate names, duplicate enum values).
//!
//! dbkit pushes each row into the store as the conversion produces it instead of collecting
//! drizzle's interim lists first (a schema of thousands of tables would hold every row twice).
//! Rows of one kind arrive in the interim lists' order, so the store's order is drizzle's; a
//! clash is recorded rather than returned, and [`DdlOut::finish`] reports the one drizzle-kit
//! would: the first of the earliest kind in `interimToDDL`'s order. The conversion's own
//! problems come before any clash, as they do in drizzle-kit.

use std::collections::{HashMap, HashSet};

use dbkit_core::model::{Check, Column, Ddl, Enum, Fk, Index, Pk, Policy, Role, Schema, Sequence, Table, Unique, View};

use super::convert::Export;
use super::{Origin, Problem, ViewDependency, names};

/// The kinds in the order `interimToDDL` adds them (which decides whose clash is reported).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Schemas,
    Enums,
    Tables,
    Columns,
    Indexes,
    Fks,
    Pks,
    Uniques,
    Checks,
    Sequences,
    Roles,
    Policies,
    Views,
}

/// What a column adds besides its row: `interimToDDL` turns these into constraints.
pub(crate) struct ColumnFacts {
    pub pk: bool,
    pub unique: bool,
    pub unique_name: Option<String>,
    pub unique_nulls_not_distinct: bool,
}

/// A column-level primary key or unique, added once every table-level one is in.
struct ColumnConstraint {
    schema: String,
    table: String,
    column: String,
    unique_name: Option<String>,
    nulls_not_distinct: bool,
}

/// The store being filled, with what `finish` needs to report a clash.
pub(crate) struct DdlOut<'e> {
    ddl: Ddl,
    exports: &'e [Export],
    clash: Option<(Stage, Problem)>,
    /// The exports of the rows pushed so far, by kind, in push order: where the first of two
    /// clashing declarations is.
    schema_exports: Vec<usize>,
    enum_exports: Vec<usize>,
    table_exports: Vec<usize>,
    sequence_exports: Vec<usize>,
    role_exports: Vec<usize>,
    view_exports: Vec<usize>,
    column_pks: Vec<ColumnConstraint>,
    column_uniques: Vec<ColumnConstraint>,
    pub view_dependencies: Vec<ViewDependency>,
    pub warnings: Vec<String>,
}

fn constraint_dup(schema: &str, table: &str, name: &str) -> String {
    format!("there's a duplicate constraint name '{name}' in \"{schema}\".\"{table}\" table")
}

impl<'e> DdlOut<'e> {
    pub(crate) fn new(exports: &'e [Export]) -> Self {
        DdlOut {
            ddl: Ddl::new(),
            exports,
            clash: None,
            schema_exports: Vec::new(),
            enum_exports: Vec::new(),
            table_exports: Vec::with_capacity(exports.len()),
            sequence_exports: Vec::new(),
            role_exports: Vec::new(),
            view_exports: Vec::new(),
            column_pks: Vec::new(),
            column_uniques: Vec::new(),
            view_dependencies: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Where an export is declared.
    pub(crate) fn origin(&self, export: usize) -> Origin {
        let e = &self.exports[export];
        Origin { file: e.file.clone(), export: e.name.clone(), needle: None }
    }

    /// Records a clash unless an earlier one (of this stage or an earlier one) is reported.
    fn clash(&mut self, stage: Stage, problem: impl FnOnce(&Self) -> Problem) {
        if self.clash.as_ref().is_none_or(|(first, _)| stage < *first) {
            let problem = problem(self);
            self.clash = Some((stage, problem));
        }
    }

    /// The other of two clashing declarations: the export of the row of `keys` already there.
    fn first(&self, pushed: &[usize], position: Option<usize>) -> Option<Origin> {
        position.and_then(|p| pushed.get(p)).map(|&e| self.origin(e))
    }

    pub(crate) fn schema(&mut self, row: Schema, export: usize) {
        match self.ddl.schemas.push(row) {
            Ok(()) => self.schema_exports.push(export),
            Err(r) => {
                let name = r.name.clone();
                self.clash(Stage::Schemas, |out| {
                    let other = out.first(&out.schema_exports, out.ddl.schemas.iter().position(|r| r.name == name));
                    Problem::at(&out.origin(export), format!("the schema \"{name}\" is declared twice"), "export each pgSchema once")
                        .and(other.as_ref())
                });
            }
        }
    }

    pub(crate) fn enum_(&mut self, row: Enum, export: usize) {
        let mut seen = HashSet::new();
        if let Some(v) = row.values.iter().find(|v| !seen.insert(v.as_str())) {
            let what = format!("enum \"{}\".\"{}\" lists the value '{v}' twice", row.schema, row.name);
            self.clash(Stage::Enums, |out| Problem::at(&out.origin(export), what, "list each value once"));
            return;
        }
        match self.ddl.enums.push(row) {
            Ok(()) => self.enum_exports.push(export),
            Err(r) => {
                let (schema, name) = (r.schema.clone(), r.name.clone());
                self.clash(Stage::Enums, |out| {
                    let at = out.ddl.enums.iter().position(|r| r.schema == schema && r.name == name);
                    let other = out.first(&out.enum_exports, at);
                    Problem::at(
                        &out.origin(export),
                        format!("there are two enums named \"{schema}\".\"{name}\""),
                        "rename one, or export it once",
                    )
                    .and(other.as_ref())
                });
            }
        }
    }

    pub(crate) fn table(&mut self, row: Table, export: usize) {
        match self.ddl.tables.push(row) {
            Ok(()) => self.table_exports.push(export),
            Err(r) => {
                let (schema, name) = (r.schema.clone(), r.name.clone());
                self.clash(Stage::Tables, |out| {
                    let at = out.ddl.tables.iter().position(|r| r.schema == schema && r.name == name);
                    let other = out.first(&out.table_exports, at);
                    Problem::at(
                        &out.origin(export),
                        format!("there are two tables named \"{schema}\".\"{name}\""),
                        "rename one, or export the table once",
                    )
                    .and(other.as_ref())
                });
            }
        }
    }

    pub(crate) fn column(&mut self, row: Column, facts: ColumnFacts, origin: impl FnOnce() -> Origin) {
        let constraint = |row: &Column| ColumnConstraint {
            schema: row.schema.to_string(),
            table: row.table.to_string(),
            column: row.name.to_string(),
            unique_name: facts.unique_name.clone(),
            nulls_not_distinct: facts.unique_nulls_not_distinct,
        };
        if facts.pk {
            self.column_pks.push(constraint(&row));
        }
        if facts.unique {
            self.column_uniques.push(constraint(&row));
        }
        if let Err(r) = self.ddl.columns.push(row) {
            let what = format!("table \"{}\".\"{}\" has two columns named \"{}\"", r.schema, r.table, r.name);
            self.clash(Stage::Columns, |_| Problem::at(&origin(), what, "give the columns different names"));
        }
    }

    pub(crate) fn index(&mut self, row: Index, origin: impl FnOnce() -> Origin) {
        // The index already there may be on another table: the message names this one's.
        let table = row.table.clone();
        if let Err(r) = self.ddl.indexes.push(row) {
            let what = format!("there's a duplicate index name '{}' in \"{}\" schema in \"{}\".\"{table}\"", r.name, r.schema, r.schema);
            self.clash(Stage::Indexes, |_| Problem::at(&origin(), what, "index names are unique per schema: name the indexes differently"));
        }
    }

    pub(crate) fn fk(&mut self, row: Fk, origin: impl FnOnce() -> Origin) {
        if let Err(r) = self.ddl.fks.push(row) {
            let what = constraint_dup(&r.schema, &r.table, &r.name);
            self.clash(Stage::Fks, |_| Problem::at(&origin(), what, "give the foreign keys different names"));
        }
    }

    pub(crate) fn pk(&mut self, row: Pk, origin: impl FnOnce() -> Origin) {
        if let Err(r) = self.ddl.pks.push(row) {
            let what = constraint_dup(&r.schema, &r.table, &r.name);
            self.clash(Stage::Pks, |_| Problem::at(&origin(), what, "declare one primary key per table"));
        }
    }

    pub(crate) fn unique(&mut self, row: Unique, origin: impl FnOnce() -> Origin) {
        if let Err(r) = self.ddl.uniques.push(row) {
            let what = constraint_dup(&r.schema, &r.table, &r.name);
            self.clash(Stage::Uniques, |_| Problem::at(&origin(), what, "give the unique constraints different names"));
        }
    }

    pub(crate) fn check(&mut self, row: Check, origin: impl FnOnce() -> Origin) {
        if let Err(r) = self.ddl.checks.push(row) {
            let what = constraint_dup(&r.schema, &r.table, &r.name);
            self.clash(Stage::Checks, |_| Problem::at(&origin(), what, "give the checks different names"));
        }
    }

    pub(crate) fn sequence(&mut self, row: Sequence, export: usize) {
        match self.ddl.sequences.push(row) {
            Ok(()) => self.sequence_exports.push(export),
            Err(r) => {
                let (schema, name) = (r.schema.clone(), r.name.clone());
                self.clash(Stage::Sequences, |out| {
                    let at = out.ddl.sequences.iter().position(|r| r.schema == schema && r.name == name);
                    let other = out.first(&out.sequence_exports, at);
                    Problem::at(
                        &out.origin(export),
                        format!("there's a sequence name duplicate '{name}' in '{schema}' schema"),
                        "rename one, or export it once",
                    )
                    .and(other.as_ref())
                });
            }
        }
    }

    pub(crate) fn role(&mut self, row: Role, export: usize) {
        match self.ddl.roles.push(row) {
            Ok(()) => self.role_exports.push(export),
            Err(r) => {
                let name = r.name.clone();
                self.clash(Stage::Roles, |out| {
                    let other = out.first(&out.role_exports, out.ddl.roles.iter().position(|r| r.name == name));
                    Problem::at(&out.origin(export), format!("the role \"{name}\" is declared twice"), "export each pgRole once")
                        .and(other.as_ref())
                });
            }
        }
    }

    pub(crate) fn policy(&mut self, row: Policy, origin: impl FnOnce() -> Origin) {
        if let Err(r) = self.ddl.policies.push(row) {
            let what = format!("there are two policies named \"{}\" on \"{}\".\"{}\"", r.name, r.schema, r.table);
            self.clash(Stage::Policies, |_| Problem::at(&origin(), what, "rename one of the policies"));
        }
    }

    /// The tables with policies so far, by schema.
    pub(crate) fn policy_tables(&self) -> HashMap<String, HashSet<String>> {
        let mut tables: HashMap<String, HashSet<String>> = HashMap::new();
        for p in self.ddl.policies.iter() {
            tables.entry(p.schema.to_string()).or_default().insert(p.table.to_string());
        }
        tables
    }

    pub(crate) fn view(&mut self, row: View, export: usize) {
        match self.ddl.views.push(row) {
            Ok(()) => self.view_exports.push(export),
            Err(r) => {
                let (schema, name) = (r.schema.clone(), r.name.clone());
                self.clash(Stage::Views, |out| {
                    let at = out.ddl.views.iter().position(|r| r.schema == schema && r.name == name);
                    let other = out.first(&out.view_exports, at);
                    Problem::at(
                        &out.origin(export),
                        format!("there are two views named \"{schema}\".\"{name}\""),
                        "rename one, or export the view once",
                    )
                    .and(other.as_ref())
                });
            }
        }
    }

    /// The store, with the column-level primary keys and uniques added; or the clash
    /// drizzle-kit reports first.
    pub(crate) fn finish(mut self) -> Result<(Ddl, Vec<ViewDependency>, Vec<String>), Problem> {
        if let Some((_, problem)) = self.clash {
            return Err(problem);
        }
        let mut ddl = self.ddl;
        // A column's `.primaryKey()` counts where the table has no primary key yet.
        let keep: Vec<bool> = {
            let mut with_pk: HashSet<(&str, &str)> = ddl.pks.iter().map(|p| (p.schema.as_str(), p.table.as_str())).collect();
            self.column_pks.iter().map(|c| with_pk.insert((&c.schema, &c.table))).collect()
        };
        for (c, keep) in std::mem::take(&mut self.column_pks).into_iter().zip(keep) {
            if !keep {
                continue;
            }
            let name = names::pk_name(&c.table);
            let _ = ddl.pks.push(Pk {
                schema: c.schema.into(),
                table: c.table.into(),
                name: name.into(),
                columns: vec![c.column.into()],
                name_explicit: false,
            });
        }
        // A column's `.unique()` counts unless a unique on that one column exists (drizzle-kit
        // ignores a name clash here: its push result is not checked).
        let keep: Vec<bool> = {
            let mut unique_columns: HashSet<(&str, &str, &str)> = ddl
                .uniques
                .iter()
                .filter(|u| u.columns.len() == 1)
                .map(|u| (u.schema.as_str(), u.table.as_str(), u.columns[0].as_str()))
                .collect();
            self.column_uniques.iter().map(|c| unique_columns.insert((&c.schema, &c.table, &c.column))).collect()
        };
        for (c, keep) in std::mem::take(&mut self.column_uniques).into_iter().zip(keep) {
            if !keep {
                continue;
            }
            let name = c.unique_name.clone().unwrap_or_else(|| names::unique_column_name(&c.table, &c.column));
            let _ = ddl.uniques.push(Unique {
                schema: c.schema.into(),
                table: c.table.into(),
                name: name.into(),
                name_explicit: c.unique_name.is_some(),
                columns: vec![c.column.into()],
                nulls_not_distinct: c.nulls_not_distinct,
            });
        }
        Ok((ddl, self.view_dependencies, self.warnings))
    }
}
