//! `dbkit pull`: read the database into `<out>/schema.ts` and `<out>/relations.ts` as drizzle-kit
//! 1.0 writes them, plus a first migration folder (commented-out SQL and a base snapshot) when the
//! folder has none, so the next `generate` starts from the pulled state. `--init` also records
//! that migration as applied, so an existing database adopts migrations.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use dbkit_core::codegen::{Casing, PulledMigration, codegen, codegen_per_table, migration};
use dbkit_core::migrations::{LocalMigration, stamp::folder_millis};
use dbkit_core::snapshot::{Body, ORIGIN_ID, Snapshot};
use dbkit_pg::introspect::introspect;
use dbkit_pg::runner;

use crate::cli::{IntrospectCasing, PullArgs, PullLayout};
use crate::names::{folder_name, random_name};
use crate::project::{FolderWrite, count_migrations, schema_folder, write_files, write_migration, write_schema_folder};
use crate::settings::{Env, Overrides, Settings, needs};
use crate::ui::{self, Ui, pull::Written};

pub fn run(args: &PullArgs, ui: &Ui) -> Result<u8> {
    let cwd = std::env::current_dir()?;
    let overrides = Overrides {
        url: args.url.clone(),
        credentials: crate::settings::credentials(&args.credentials),
        out: args.out.clone(),
        breakpoints: args.breakpoints,
        tables_filter: args.filters.tables_filter.clone(),
        schema_filter: args.filters.schema_filter.clone(),
        extensions_filters: args.filters.extensions_filters.clone(),
        introspect_preserve: args.introspect_casing.map(|c| c == IntrospectCasing::Preserve),
        per_table: args.layout.map(|l| l == PullLayout::PerTable),
        ..Overrides::default()
    };
    let settings = Settings::resolve(&cwd, &args.config, &overrides, Env::from_process(), false, needs::PULL)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    // Decided before connecting, so a refused --init changes nothing anywhere.
    let existing = count_migrations(&settings.out, &settings.out_display)?;
    if args.init && existing > 0 {
        bail!(
            "{}: already has {}; --init adopts a database into an empty migrations folder: pull without --init, or pass --out <empty folder>",
            settings.out_display,
            ui::plural(existing, "migration", "migrations")
        );
    }
    let folder_target = if settings.per_table { Some(schema_folder(&cwd, &settings.schema)?) } else { None };
    let connect = settings.connect_options()?;
    let casing = if settings.introspect_preserve { Casing::Preserve } else { Casing::Camel };

    let rt = super::runtime()?;
    let mut client = rt.block_on(dbkit_pg::connect::connect(&connect))?;
    let spinner = ui::pull::Spinner::start(ui, "the database");
    let pulled = rt.block_on(introspect(&client, &settings.filters, &mut |_| {}));
    spinner.stop();
    let pulled = pulled?;
    ui::pull::counts(ui, &pulled.counts);

    let ts = match &folder_target {
        None => {
            let files = codegen(&pulled.ddl, &pulled.view_columns, casing);
            TsFiles::Single(vec![("schema.ts".into(), files.schema_ts), ("relations.ts".into(), files.relations_ts)])
        }
        Some((dir, display)) => {
            let files = codegen_per_table(&pulled.ddl, &pulled.view_columns, casing);
            TsFiles::PerTable { dir: dir.clone(), display: display.clone(), files: files.into_iter().map(|f| (f.path, f.text)).collect() }
        }
    };
    // The pulled state moves into the migration (and on into its snapshot): at 10,000 tables
    // each copy is some 80 MB.
    let counts = pulled.counts;
    let skipped = pulled.skipped;
    let first = if existing == 0 { Some(migration(pulled.ddl, settings.breakpoints)?) } else { None };
    let wrote_first = first.is_some();
    let folder = folder_name(chrono::Utc::now().timestamp_millis(), &[], &random_name(super::random_bytes()));
    let out = settings.out_display.as_str();

    let adopted = match (first, args.init) {
        (Some(m), true) => {
            let sql = m.uncommented(settings.breakpoints);
            let local = local_migration(out, &folder, sql.clone())?;
            let bk = &settings.bookkeeping;
            rt.block_on(async {
                let mut on_wait = |holder: Option<String>| {
                    ui.mark(
                        ui::Mark::Info,
                        format!("waiting for another migration run{}", holder.map(|h| format!(" ({h})")).unwrap_or_default()),
                    )
                };
                let adoption = runner::adopt(&mut client, bk, &local, Duration::from_secs(args.lock_timeout), &mut on_wait).await?;
                // The row commits only once the files it describes are in place; if writing
                // fails, dropping the transaction rolls the row back.
                let target = write_first(&settings.out, &folder, &sql, m)?;
                let folder_write = ts.write(&settings.out)?;
                if let Err(e) = adoption.commit().await {
                    let _ = std::fs::remove_dir_all(&target);
                    return Err(anyhow::Error::from(e));
                }
                anyhow::Ok(folder_write)
            })
            .map(|w| (Some(bk.display()), w))?
        }
        (Some(mut m), false) => {
            let sql = std::mem::take(&mut m.sql);
            write_first(&settings.out, &folder, &sql, m)?;
            (None, ts.write(&settings.out)?)
        }
        (None, _) => (None, ts.write(&settings.out)?),
    };
    let (adopted, folder_write) = adopted;
    let (schema, relations) = match &ts {
        TsFiles::Single(_) => (format!("{out}/schema.ts"), format!("{out}/relations.ts")),
        TsFiles::PerTable { display, files, .. } => {
            (format!("{display}/index.ts ({})", ui::plural(files.len(), "file", "files")), format!("{display}/relations.ts"))
        }
    };
    ui::pull::folder(ui, &folder_write);
    let written = Written {
        schema: &schema,
        relations: &relations,
        migration: wrote_first.then(|| (format!("{out}/{folder}/snapshot.json"), format!("{out}/{folder}/migration.sql"))),
        existing,
        out,
        adopted: adopted.as_deref(),
    };
    ui::pull::written(ui, &written, &counts, &skipped);
    Ok(0)
}

/// The TypeScript a pull writes: drizzle-kit's two files in `out`, or the per-table layout in
/// the schema folder.
enum TsFiles {
    Single(Vec<(String, String)>),
    PerTable { dir: std::path::PathBuf, display: String, files: Vec<(String, String)> },
}

impl TsFiles {
    fn write(&self, out: &Path) -> Result<FolderWrite> {
        match self {
            TsFiles::Single(files) => {
                let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
                write_files(out, &files)?;
                Ok(FolderWrite::default())
            }
            TsFiles::PerTable { dir, files, .. } => write_schema_folder(dir, files),
        }
    }
}

/// `<out>/<folder>/{migration.sql, snapshot.json}`: the SQL given and a base snapshot of the
/// pulled state.
fn write_first(out: &Path, folder: &str, sql: &str, m: PulledMigration) -> Result<std::path::PathBuf> {
    let snapshot = Snapshot {
        id: uuid::Uuid::new_v4().to_string(),
        prev_ids: vec![ORIGIN_ID.into()],
        footprints: m.footprints,
        body: Body::Base { ddl: Box::new(m.ddl) },
    };
    write_migration(out, folder, sql, None, |w| snapshot.write_to(w))
}

/// The bookkeeping row's view of the new folder, as `migrate` would compute it.
fn local_migration(out: &str, folder: &str, sql: String) -> Result<LocalMigration> {
    let created_at = folder_millis(folder).with_context(|| format!("{folder}: not a migration folder name"))?;
    Ok(LocalMigration::new(folder.to_string(), folder.to_string(), created_at, format!("{out}/{folder}/migration.sql"), sql))
}
