//! The TypeScript schema of a project, read into the model: settings with `--schema`/`--casing`
//! applied, the files resolved as drizzle-kit resolves them, tsconfig `paths` aliases, evaluated
//! by `dbkit-ts`.

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
    let options =
        ReadOptions { casing: casing(cwd, settings, args, ui), orm_major: drizzle_orm_major(cwd), aliases: tsconfig_aliases(cwd) };
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

/// The tsconfig `paths` aliases schema imports resolve through (`~/server/db/table`), from the
/// nearest `tsconfig.json` in `cwd` or above, as drizzle-kit 1.0 hands them to jiti; targets are
/// relative to `cwd`, like the schema paths.
fn tsconfig_aliases(cwd: &Path) -> Vec<(String, String)> {
    let Some(ups) = cwd.ancestors().position(|dir| dir.join("tsconfig.json").is_file()) else { return Vec::new() };
    let dir = vec![".."; ups].join("/");
    let root = cwd.to_path_buf();
    dbkit_ts::tsconfig::path_aliases(&dir, &mut |path: &str| std::fs::read_to_string(root.join(path)).ok())
}

/// An empty schema is almost always a wrong `schema` path or tables declared without `export`
/// (drizzle only sees exported entities), and generating from it would drop everything.
pub fn empty_schema(patterns: &[String], tables: usize) -> String {
    let drop = match tables {
        0 => String::new(),
        1 => "; generating from it would drop the only table".to_string(),
        n => format!("; generating from it would drop all {n} tables"),
    };
    format!(
        "{}: the schema declares nothing (no exported tables, enums, views, …){drop}. Check the `schema` path and that entities are exported \
         (`export const users = pgTable(…)`), or pass --allow-empty if an empty schema is what you want",
        patterns.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsconfig_aliases_from_the_nearest_tsconfig() {
        let dir = std::env::temp_dir().join(format!("dbkit-tsconfig-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("app/src/db")).unwrap();
        std::fs::write(
            dir.join("tsconfig.json"),
            "{\n  // the monorepo\n  \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"~/*\": [\"./app/src/*\"], }, },\n}\n",
        )
        .unwrap();
        assert_eq!(tsconfig_aliases(&dir.join("app")), [("~/".to_string(), "app/src/".to_string())].map(|(a, b)| (a, format!("../{b}"))));
        std::fs::write(dir.join("app/tsconfig.json"), r#"{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }"#).unwrap();
        assert_eq!(tsconfig_aliases(&dir.join("app")), [("@/".to_string(), "src/".to_string())]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(tsconfig_aliases(Path::new("/")).is_empty());
    }
}
