//! `dbkit push`: make the database match the TypeScript schema without migration files. Reads
//! the schema and the database (introspection) at once, diffs them in drizzle-kit 1.0's push mode,
//! counts what each data-losing change would lose, asks (or takes `--force` / hints), and runs
//! the statements in one transaction.

use anyhow::{Result, bail};
use dbkit_core::diff::Mode;
use dbkit_core::diff::hints::Hint;
use dbkit_core::hazard::{Hazard, HazardKind};
use dbkit_core::sql::render;
use dbkit_pg::introspect::{RolesFilter, introspect};

use crate::cli::PushArgs;
use crate::settings::{Env, Overrides, Settings, needs};
use crate::ui::{self, Ui, push::Loss};

pub fn run(args: &PushArgs, ui: &Ui) -> Result<u8> {
    if args.strict {
        bail!("--strict is deprecated (drizzle-kit 1.0 refuses it too): use --explain to see the statements before anything runs");
    }
    let cwd = std::env::current_dir()?;
    let overrides = Overrides {
        url: args.url.clone(),
        credentials: crate::settings::credentials(&args.credentials),
        schema: args.schema.schema.clone(),
        casing: args.schema.casing.is_some(),
        tables_filter: args.filters.tables_filter.clone(),
        schema_filter: args.filters.schema_filter.clone(),
        extensions_filters: args.filters.extensions_filters.clone(),
        ..Overrides::default()
    };
    let settings = Settings::resolve(&cwd, &args.config, &overrides, Env::from_process(), false, needs::PUSH)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    let hints = super::read_hints(args.hints.as_deref(), args.hints_file.as_deref())?;
    let connect = settings.connect_options()?;
    let verbose = args.verbose || settings.verbose;

    // Roles the schema declares are managed even without `entities.roles` (drizzle-kit 1.0 creates
    // them then, but never reads them back, so its next push fails on "role already exists"):
    // the database's roles are read, and those the schema does not name are left out below.
    let roles_off = settings.filters.roles == RolesFilter::Off;
    let mut filters = settings.filters.clone();
    if roles_off {
        filters.roles = RolesFilter::All;
    }

    // The schema files and the database are read at once: each is about half of the wait.
    let rt = super::runtime()?;
    let (schema, database) = std::thread::scope(|s| {
        let schema = s.spawn(|| super::schema::read(&cwd, &settings, &args.schema, ui));
        let database = rt.block_on(async {
            let client = dbkit_pg::connect::connect(&connect).await?;
            let pulled = introspect(&client, &filters, &mut |_| {}).await?;
            anyhow::Ok((client, pulled))
        });
        (schema.join().unwrap_or_else(|_| Err(anyhow::anyhow!("reading the schema failed"))), database)
    });
    let mut read = schema?;
    let (mut client, mut pulled) = database?;
    dbkit_pg::introspect::scope(&mut read.ddl, &filters)?;
    read.ddl.truncate_long_names()?;
    if read.ddl.policies.iter().any(|p| p.names_session_role()) {
        let row = rt.block_on(client.query_one("select current_user::text, session_user::text", &[]))?;
        dbkit_core::model::session_roles_as_written(&mut pulled.ddl, &read.ddl, row.get(0), row.get(1));
    }
    // What the schema declares `.existing()` is managed elsewhere: never created, never dropped.
    let existing = &read.existing;
    pulled.ddl.schemas.retain(|r| !existing.schemas.iter().any(|s| *s == r.name));
    pulled.ddl.roles.retain(|r| !existing.roles.iter().any(|s| *s == r.name));
    pulled.ddl.views.retain(|r| !existing.views.iter().any(|(s, n)| *s == r.schema && *n == r.name));
    if roles_off {
        let declared: std::collections::HashSet<&str> = read.ddl.roles.iter().map(|r| r.name.as_str()).collect();
        pulled.ddl.roles.retain(|r| declared.contains(r.name.as_str()));
    }
    rt.block_on(dbkit_pg::stored_defaults::adopt_stored_defaults(&mut client, &pulled.ddl, &mut read.ddl))?;
    for w in read.warnings.iter().chain(&pulled.skipped) {
        ui.warn(w);
    }

    let interactive = super::interactive(args.output);
    let (result, missing) = super::diff_answered(pulled.ddl, read.ddl, hints.clone(), interactive, Mode::Push, "nothing was changed")?;
    if !missing.is_empty() {
        ui::generate::missing(ui, &missing);
        return Ok(2);
    }
    let statements = render(&result.changes);
    if statements.is_empty() {
        ui::push::no_changes(ui);
        return Ok(0);
    }

    // What would be lost, counted before anything runs; a hazard that loses nothing (an empty
    // table) is no question.
    let losses = rt.block_on(super::count_losses(&client, &result.changes))?;

    if args.explain {
        ui::push::explain(ui, &statements, &losses);
        return Ok(0);
    }
    let unanswered: Vec<&Loss> = losses.iter().filter(|l| !args.force && !confirmed(&hints, l)).collect();
    if !unanswered.is_empty() {
        if !interactive {
            ui::push::missing_confirmations(ui, &unanswered);
            return Ok(2);
        }
        if !ui::push::confirm(ui, &statements, &unanswered)? {
            ui::push::aborted(ui);
            return Ok(0);
        }
    }
    let applied = rt.block_on(dbkit_pg::push::apply(&mut client, &statements, &mut |s| {
        if verbose {
            ui.line(s);
        }
    }))?;
    ui::push::applied(ui, &statements, &applied, &losses);
    Ok(0)
}

/// The kind a `confirm_data_loss` hint names for this hazard (drizzle-kit 1.0's vocabulary; a
/// type change or a removed enum value is confirmed on its column).
pub fn hint_kind(h: &Hazard) -> &'static str {
    match h.kind {
        HazardKind::DropTable => "table",
        HazardKind::DropMaterializedView => "view",
        HazardKind::DropSchema => "schema",
        HazardKind::SetNotNull => "add_not_null",
        HazardKind::AddUnique => "add_unique",
        HazardKind::DropColumn | HazardKind::ChangeType | HazardKind::RemoveEnumValue => "column",
    }
}

fn confirmed(hints: &[Hint], loss: &Loss) -> bool {
    hints.iter().any(|h| matches!(h, Hint::ConfirmDataLoss { kind, entity } if kind == loss.hint_kind && *entity == loss.hazard.entity))
}
