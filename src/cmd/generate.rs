//! `dbkit generate`: read the TypeScript schema, diff it against the migrations folder's state,
//! ask (or take hints) about renames, and write `<out>/<UTC stamp>_<name>/{migration.sql,
//! snapshot.json}` exactly as drizzle-kit 1.0 would.

use anyhow::{Context, Result, bail};
use dbkit_core::diff::Mode;
use dbkit_core::footprint::{ConflictReport, check_conflicts, footprints};
use dbkit_core::model::Ddl;
use dbkit_core::revert::CUSTOM_SQL;
use dbkit_core::snapshot::{Body, ORIGIN_ID, Snapshot};
use dbkit_core::sql::{migration_text, render_grouped};

use crate::cli::GenerateArgs;
use crate::names::{folder_name, random_name};
use crate::project::{read_history, snapshots_size, write_migration};
use crate::settings::{Env, Overrides, Settings, needs};
use crate::ui::{self, Ui};

pub fn run(args: &GenerateArgs, ui: &Ui) -> Result<u8> {
    let cwd = std::env::current_dir()?;
    let overrides = Overrides {
        out: args.out.clone(),
        schema: args.schema.schema.clone(),
        breakpoints: args.breakpoints,
        casing: args.schema.casing.is_some(),
        ..Overrides::default()
    };
    let settings = Settings::resolve(&cwd, &args.config, &overrides, Env::from_process(), !args.schema.schema.is_empty(), needs::GENERATE)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    if args.custom && args.explain {
        bail!("--explain and --custom cannot be used together: a custom migration has no planned SQL to show");
    }
    let hints = super::read_hints(args.hints.as_deref(), args.hints_file.as_deref())?;

    // The folder (JSON) and the schema (TypeScript) are independent and each about half of the
    // work: a small folder is read on a second thread while the schema is read. With a large one
    // the schema is read first, alone: at 10,000 tables the schema reader's working set beside
    // the folder's state was a third more memory, for a fifth less time. Either way the folder's
    // errors are reported first.
    let (folder, schema) = if args.custom {
        (read_folder(&settings), None)
    } else if snapshots_size(&settings.out) <= READ_TOGETHER_BYTES {
        std::thread::scope(|s| {
            let folder = s.spawn(|| read_folder(&settings));
            let schema = super::schema::read(&cwd, &settings, &args.schema, ui);
            (folder.join().unwrap_or_else(|_| Err(anyhow::anyhow!("reading the migrations folder failed"))), Some(schema))
        })
    } else {
        let schema = super::schema::read(&cwd, &settings, &args.schema, ui);
        (read_folder(&settings), Some(schema))
    };
    let (mut folder_state, mut report) = folder?;
    if report.has_conflicts() && !args.ignore_conflicts {
        if !args.fix_conflicts {
            ui::folder::conflicts(ui, &report, &settings.out_display);
            return Ok(1);
        }
        let fix = report.fix.clone().unwrap_or_default();
        if !args.explain {
            for folder in &fix.migrations {
                let path = settings.out.join(folder);
                std::fs::remove_dir_all(&path).with_context(|| format!("{}: cannot delete", path.display()))?;
            }
            ui::generate::fixed(ui, &fix.migrations);
            (folder_state, report) = read_folder(&settings)?;
        }
    }
    drop(report);
    let FolderState { parents, parent_folders, state: prev } = folder_state;
    let prev = prev?;
    let name = args.name.clone().unwrap_or_else(|| random_name(super::random_bytes()));
    let folder = folder_name(chrono::Utc::now().timestamp_millis(), &parent_folders, &name);

    let Some(read) = schema else {
        // --custom: the state does not change: a base snapshot of it for a first migration,
        // otherwise an empty diff.
        let snapshot = snapshot_of(&parents, prev, Vec::new(), Vec::new());
        let path = write_migration(&settings.out, &folder, CUSTOM_SQL, None, |w| snapshot.write_to(w))?;
        ui::generate::written(ui, &migration_path(&settings.out_display, &folder), Some(&path), true);
        return Ok(0);
    };
    let read = read?;
    for w in &read.warnings {
        ui.warn(w);
    }
    let cur = read.ddl;
    if cur.is_empty() && !args.allow_empty {
        bail!("{}", super::schema::empty_schema(&settings.schema, prev.tables.len()));
    }
    let want_down = args.down || settings.down;
    // The undo diffs back to the previous state, which the forward diff consumes.
    let prev_for_down = want_down.then(|| prev.clone());
    let (result, missing) = super::diff_answered(prev, cur, hints, super::interactive(args.output), Mode::Generate, "nothing was written")?;
    if !missing.is_empty() {
        ui::generate::missing(ui, &missing);
        return Ok(2);
    }
    let grouped = render_grouped(&result.changes);
    if grouped.iter().all(Vec::is_empty) {
        ui::generate::no_changes(ui);
        return Ok(0);
    }
    if args.explain {
        ui::generate::explain(ui, &grouped.concat());
        return Ok(0);
    }
    let down = prev_for_down.map(|prev| dbkit_core::revert::down_sql(prev, &result, settings.breakpoints)).transpose()?;
    let deltas = if parents.is_empty() { Vec::new() } else { result.deltas() };
    let footprints = footprints(&result.changes, &grouped);
    // Everything below needs only the new state, the SQL text and the footprints: the change
    // list (as large as the state on a first migration) goes first.
    drop(result.changes);
    let sql = migration_text(&grouped.into_iter().flatten().collect::<Vec<_>>(), settings.breakpoints);
    let snapshot = snapshot_of(&parents, result.cur, deltas, footprints);
    let path = write_migration(&settings.out, &folder, &sql, down.as_deref(), |w| snapshot.write_to(w))?;
    ui::generate::written(ui, &migration_path(&settings.out_display, &folder), Some(&path), false);
    Ok(0)
}

/// Snapshot bytes up to which the folder is read beside the schema rather than before it.
const READ_TOGETHER_BYTES: u64 = 16 << 20;

/// What the next migration follows.
struct FolderState {
    /// The leaf snapshots' ids (the new snapshot's `prevIds`) and folders.
    parents: Vec<String>,
    parent_folders: Vec<String>,
    /// The schema state the leaves end in. An error of its own: conflicting branches may not
    /// combine, and the conflict report says more than this error would.
    state: Result<Ddl>,
}

/// The migrations folder's state and its conflict report.
fn read_folder(settings: &Settings) -> Result<(FolderState, ConflictReport)> {
    let history = read_history(&settings.out, &settings.out_display)?;
    let report = check_conflicts(&history);
    let (parents, parent_folders) = (history.leaf_ids(), history.leaf_folders());
    let state = history.into_combined_state().map_err(|e| anyhow::anyhow!("{}: {e}", settings.out_display));
    Ok((FolderState { parents, parent_folders, state }, report))
}

/// A base snapshot for the first migration of a folder, a diff snapshot after that.
fn snapshot_of(
    parents: &[String],
    ddl: Ddl,
    deltas: Vec<dbkit_core::snapshot::Delta>,
    fp: Vec<dbkit_core::footprint::Footprint>,
) -> Snapshot {
    let id = uuid::Uuid::new_v4().to_string();
    if parents.is_empty() {
        Snapshot { id, prev_ids: vec![ORIGIN_ID.into()], footprints: fp, body: Body::Base { ddl: Box::new(ddl) } }
    } else {
        Snapshot { id, prev_ids: parents.to_vec(), footprints: fp, body: Body::Diff { deltas } }
    }
}

/// `drizzle/2026…_name/migration.sql`, as drizzle-kit prints it (`./drizzle` normalised).
fn migration_path(out_display: &str, folder: &str) -> String {
    format!("{out_display}/{folder}/migration.sql")
}
