//! The TypeScript schema of a project, read into the model: settings with `--schema`/`--casing`
//! applied, the files resolved as drizzle-kit resolves them, evaluated by `dbkit-ts`.

use std::path::Path;

use anyhow::{Result, bail};
use dbkit_ts::drizzle::{Casing, ReadOptions, SchemaRead};

use crate::cli::{self, SchemaArgs};
use crate::project::schema_files;
use crate::settings::Settings;
use crate::ui::Ui;

/// Reads every schema file of `settings.schema` (relative to `cwd`) and converts its exports.
pub fn read(cwd: &Path, settings: &Settings, args: &SchemaArgs, ui: &Ui) -> Result<SchemaRead> {
    if settings.schema.is_empty() {
        bail!("{}: no `schema` set; add schema: \"./src/database/schema\" to the config, or pass --schema <path>", settings.config_display);
    }
    let files = schema_files(cwd, &settings.schema)?;
    let options = ReadOptions { casing: casing(cwd, settings, args, ui) };
    let root = cwd.to_path_buf();
    let loader = Box::new(move |path: &str| std::fs::read_to_string(root.join(path)).ok());
    Ok(dbkit_ts::drizzle::read_schema(&files, loader, &options)?)
}

/// The casing of tables that do not declare one. `--casing` always applies. The config's `casing`
/// is drizzle-orm 0.x's connection-wide setting: it applies unless the project's drizzle-orm is
/// 1.0 or later, where the queries no longer use it (a table declares `snakeCase.table(…)`), so
/// naming columns by it would make the database disagree with the application; drizzle-kit 1.0
/// ignores the key silently, dbkit says so.
fn casing(cwd: &Path, settings: &Settings, args: &SchemaArgs, ui: &Ui) -> Casing {
    let of = |snake: bool| if snake { Casing::Snake } else { Casing::Camel };
    if let Some(flag) = args.casing {
        return of(flag == cli::Casing::SnakeCase);
    }
    let Some(snake) = settings.snake_case else { return Casing::None };
    match drizzle_orm_major(cwd) {
        Some(major) if major >= 1 => {
            ui.warn(&format!(
                "{}: `casing` is ignored: drizzle-orm {major}.x takes casing from the schema (snakeCase.table(…)), not from the config; \
                 remove the key, or pass --casing to apply it anyway",
                settings.config_display
            ));
            Casing::None
        }
        _ => of(snake),
    }
}

/// The major version of the drizzle-orm that Node would load from `cwd`, if installed.
fn drizzle_orm_major(cwd: &Path) -> Option<u64> {
    cwd.ancestors().find_map(|dir| {
        let text = std::fs::read_to_string(dir.join("node_modules/drizzle-orm/package.json")).ok()?;
        let json: serde_json::Value = serde_json::from_str(&text).ok()?;
        json.get("version")?.as_str()?.split('.').next()?.parse().ok()
    })
}
