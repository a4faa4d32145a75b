//! `dbkit export`: the SQL that creates the whole TypeScript schema in an empty database, on
//! stdout (drizzle-kit's `export`: the statements of a diff from nothing, one per line).

use anyhow::Result;
use dbkit_core::diff::{CreateAll, Mode, diff};
use dbkit_core::model::Ddl;
use dbkit_core::sql::render;

use crate::cli::ExportArgs;
use crate::settings::{Env, Overrides, Settings, needs};
use crate::ui::{self, Ui};

pub fn run(args: &ExportArgs, ui: &Ui) -> Result<u8> {
    let cwd = std::env::current_dir()?;
    let overrides = Overrides { schema: args.schema.schema.clone(), casing: args.schema.casing.is_some(), ..Overrides::default() };
    let settings = Settings::resolve(&cwd, &args.config, &overrides, Env::from_process(), !args.schema.schema.is_empty(), needs::EXPORT)?;
    let read = super::schema::read(&cwd, &settings, &args.schema, ui)?;
    // From the empty state nothing can be a rename, so no question is ever asked.
    let result = diff(Ddl::default(), read.ddl, &mut CreateAll, Mode::Generate)?;
    ui::generate::exported(ui, &render(&result.changes), &read.warnings);
    Ok(0)
}
