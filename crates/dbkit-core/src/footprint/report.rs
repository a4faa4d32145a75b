//! The conflict report as data: which leaf migrations conflict over which statements, the fork
//! they share, the fix drizzle-kit offers, the tree its text report draws and the `meta` of its
//! `check_error` (what `--output json` prints). Printing is the binary's job.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::Footprint;
use crate::model::CompactString;

/// A migration: its snapshot id and folder name (drizzle shows `<out>/<folder>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationRef {
    pub id: String,
    pub folder: String,
}

/// What a conflicting statement is about, as drizzle names it (`{kind, schema?, table?, name}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictTarget {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    pub name: String,
}

impl ConflictTarget {
    /// From a footprint's `statementTarget`: the last part is the name; with four parts the two
    /// before it are schema and table, with three the one before it is the schema.
    pub fn of(statement_target: &[CompactString]) -> ConflictTarget {
        let kind = statement_target.first().map(|s| s.to_string()).unwrap_or_default();
        let names = statement_target.get(1..).unwrap_or_default();
        let name = names.last().map(|s| s.to_string()).unwrap_or_default();
        let (schema, table) = match names.len() {
            3 => (Some(names[0].to_string()), Some(names[1].to_string())),
            2 => (Some(names[0].to_string()), None),
            _ => (None, None),
        };
        ConflictTarget { kind, schema, table, name }
    }
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branch {
    /// The migrations only this side's leaf descends from, in folder order (the leaf last).
    pub chain: Vec<MigrationRef>,
    /// e.g. `add_column: email on users table (20261125113042_branch_a)`.
    pub statement_description: String,
    pub target: ConflictTarget,
    /// The statement type, e.g. `add_column`.
    pub action: String,
    /// The migration whose statement conflicts.
    pub source: MigrationRef,
    pub footprint: Footprint,
}

/// Statement types drizzle describes as "`<name>` in `<schema>` schema".
const SCHEMA_LEVEL_ACTIONS: [&str; 29] = [
    "create_table",
    "drop_table",
    "rename_table",
    "move_table",
    "remove_from_schema",
    "set_new_schema",
    "create_view",
    "drop_view",
    "alter_view",
    "rename_view",
    "move_view",
    "create_enum",
    "drop_enum",
    "alter_enum",
    "recreate_enum",
    "rename_enum",
    "move_enum",
    "create_sequence",
    "drop_sequence",
    "alter_sequence",
    "rename_sequence",
    "move_sequence",
    "create_schema",
    "drop_schema",
    "rename_schema",
    "create_role",
    "drop_role",
    "alter_role",
    "rename_role",
];

impl Branch {
    pub(super) fn describe(chain: Vec<MigrationRef>, footprint: Footprint, source: MigrationRef) -> Branch {
        let action = footprint.statement_type.clone();
        let target = ConflictTarget::of(&footprint.statement_target);
        let name = &target.name;
        let description = match target.kind.as_str() {
            "role" => format!("{action}: {name} role"),
            // drizzle prints JavaScript's `undefined` for a missing table; only a hand-edited
            // footprint can lack it.
            "index" | "column" => format!("{action}: {name} on {} table", target.table.as_deref().unwrap_or("undefined")),
            "schema" => format!("{action}: {name} schema"),
            _ if SCHEMA_LEVEL_ACTIONS.contains(&action.as_str()) => {
                format!("{action}: {name} in {} schema", target.schema.as_deref().filter(|s| !s.is_empty()).unwrap_or("schema"))
            }
            _ => format!("{action} on {name} table"),
        };
        Branch {
            chain,
            statement_description: format!("{description} ({})", source.folder),
            target,
            action: action.to_string(),
            source,
            footprint,
        }
    }

    /// The branch's leaf migration.
    pub fn leaf(&self) -> Option<&MigrationRef> {
        self.chain.last()
    }
}

/// Two leaf migrations whose branches do not commute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The fork: the leaves' lowest common ancestor, or the origin id when they share none.
    pub parent_id: String,
    /// The fork's folder (`None` for the origin).
    pub parent_folder: Option<String>,
    pub branch_a: Branch,
    pub branch_b: Branch,
}

/// The migrations drizzle-kit's `generate --fix-conflicts` deletes (folder names, in folder order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConflictFix {
    pub migrations: Vec<String>,
    /// Those of them that are custom migrations: their hand-written SQL is lost with them.
    pub custom_migrations: Vec<String>,
}

/// The outcome of comparing a folder's leaf migrations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictReport {
    /// One per conflicting pair of leaves.
    pub conflicts: Vec<Conflict>,
    /// Every leaf snapshot id, in folder order.
    pub leaf_ids: Vec<String>,
    /// Present exactly when there are conflicts.
    pub fix: Option<ConflictFix>,
}

/// The text report's tree under one fork: each leaf branch once, with every conflicting
/// statement it was reported for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentGroup {
    pub parent_id: String,
    pub parent_folder: Option<String>,
    pub branches: Vec<LeafBranch>,
}

/// One branch in the text report's tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeafBranch {
    /// The branch's migrations, the leaf last.
    pub chain: Vec<MigrationRef>,
    /// The statement descriptions of every conflict the branch is in, without repeats.
    pub descriptions: Vec<String>,
}

impl ConflictReport {
    pub fn has_conflicts(&self) -> bool {
        !self.conflicts.is_empty()
    }

    /// How many distinct leaf migrations the conflicts involve ("across N migrations").
    pub fn leaf_count(&self) -> usize {
        let mut ids: Vec<&str> = Vec::new();
        for c in &self.conflicts {
            for b in [&c.branch_a, &c.branch_b] {
                if let Some(leaf) = b.leaf()
                    && !ids.contains(&leaf.id.as_str())
                {
                    ids.push(&leaf.id);
                }
            }
        }
        ids.len()
    }

    /// The conflicts grouped by fork, as drizzle's text report draws them.
    pub fn groups(&self) -> Vec<ParentGroup> {
        let mut groups: Vec<ParentGroup> = Vec::new();
        for c in &self.conflicts {
            let at = match groups.iter().position(|g| g.parent_id == c.parent_id) {
                Some(at) => at,
                None => {
                    groups.push(ParentGroup {
                        parent_id: c.parent_id.clone(),
                        parent_folder: c.parent_folder.clone(),
                        branches: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let group = &mut groups[at];
            for b in [&c.branch_a, &c.branch_b] {
                let leaf = b.leaf().map_or("", |l| l.id.as_str());
                let seen = group.branches.iter_mut().find(|g| g.chain.last().map_or("", |l| l.id.as_str()) == leaf);
                match seen {
                    Some(g) => {
                        if !g.descriptions.contains(&b.statement_description) {
                            g.descriptions.push(b.statement_description.clone());
                        }
                    }
                    None => group.branches.push(LeafBranch { chain: b.chain.clone(), descriptions: vec![b.statement_description.clone()] }),
                }
            }
        }
        // drizzle groups in a JavaScript object: keys that look like array indices come first.
        groups.sort_by_key(|g| {
            g.parent_id.parse::<u32>().ok().filter(|n| *n != u32::MAX && n.to_string() == g.parent_id).map_or((1, 0), |n| (0, n))
        });
        groups
    }

    /// The `meta` of drizzle-kit's `check_error` for conflicts (`kind`, `conflicts`, `details`,
    /// `fix`), with folders shown through `path_of` (drizzle shows `<out>/<folder>`).
    pub fn error_meta(&self, path_of: &dyn Fn(&str) -> String) -> Value {
        let details: Vec<Value> = self
            .conflicts
            .iter()
            .map(|c| {
                let mut m = Map::new();
                m.insert("parentId".into(), c.parent_id.clone().into());
                if let Some(folder) = &c.parent_folder {
                    m.insert("parentPath".into(), path_of(folder).into());
                }
                let branches: Vec<Value> = [&c.branch_a, &c.branch_b]
                    .into_iter()
                    .map(|b| {
                        json!({
                            "leafId": b.leaf().map(|l| l.id.clone()),
                            "leafPath": b.leaf().map(|l| path_of(&l.folder)),
                            "statementDescription": b.statement_description,
                            "target": b.target,
                            "action": b.action,
                        })
                    })
                    .collect();
                m.insert("branches".into(), branches.into());
                Value::Object(m)
            })
            .collect();
        let mut meta = Map::new();
        meta.insert("kind".into(), "conflicts".into());
        meta.insert("conflicts".into(), self.conflicts.len().into());
        meta.insert("details".into(), details.into());
        if let Some(fix) = &self.fix {
            let paths = |folders: &[String]| folders.iter().map(|f| Value::String(path_of(f))).collect::<Vec<_>>();
            meta.insert("fix".into(), json!({ "migrations": paths(&fix.migrations), "customMigrations": paths(&fix.custom_migrations) }));
        }
        Value::Object(meta)
    }
}

impl ConflictReport {
    /// The text report drizzle-kit prints for conflicting branches (`generateReportDirectory` +
    /// `describeConflictFix`, without colours): the fork, each branch's migrations and the
    /// conflicting statements, then the fix. `out` names the migrations folder in paths and
    /// `tool` the command to run (`dbkit`, or `drizzle-kit` for byte comparison in tests).
    pub fn text(&self, out: &str, tool: &str) -> String {
        let path = |folder: &str| format!("{out}/{folder}");
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut lines = vec![
            String::new(),
            format!(
                " Conflicting migrations detected  Found {} across {}",
                plural(self.conflicts.len(), "conflict"),
                plural(self.leaf_count(), "migration")
            ),
            String::new(),
        ];
        let groups = self.groups();
        for (p, group) in groups.iter().enumerate() {
            lines.push(format!("  {}", group.parent_folder.as_deref().map_or_else(|| group.parent_id.clone(), path)));
            for (b, LeafBranch { chain, descriptions }) in group.branches.iter().enumerate() {
                let last = b == group.branches.len() - 1;
                let prefix = if last { "    " } else { "│   " };
                for (m, migration) in chain.iter().enumerate() {
                    let label = path(&migration.folder);
                    lines.push(if m == 0 {
                        format!("  {} {label}", if last { "└──" } else { "├──" })
                    } else {
                        format!("  {prefix}{label}")
                    });
                }
                for (d, description) in descriptions.iter().enumerate() {
                    let connector = if d == descriptions.len() - 1 { "└─" } else { "├─" };
                    lines.push(format!("  {prefix}{connector} ⚠ {description}"));
                }
            }
            if p < groups.len() - 1 {
                lines.push(String::new());
            }
        }
        if let Some(fix) = &self.fix {
            lines.push(String::new());
            lines.push(format!(
                "To fix the conflicts, {tool} can delete the conflicting migration branches, which is {} in total, and generate one new migration from your schema. It deletes these folders:",
                plural(fix.migrations.len(), "migration")
            ));
            lines.extend(fix.migrations.iter().map(|f| format!("  {}", path(f))));
            if !fix.custom_migrations.is_empty() {
                lines.push("These migrations are custom migrations. Their SQL does not come from the schema, so the fix loses it. Copy the SQL that you still need before you run the fix:".into());
                lines.extend(fix.custom_migrations.iter().map(|f| format!("  {}", path(f))));
            }
            lines.push("Every database that already ran a deleted migration must be reset.".into());
            lines.push("To apply this fix, run:".into());
            lines.push(format!("  {tool} generate --fix-conflicts"));
        }
        lines.join("\n")
    }
}
