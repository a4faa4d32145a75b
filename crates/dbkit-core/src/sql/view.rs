//! Views and materialized views: create (with `WITH (…)` options in snake_case, `USING`,
//! `TABLESPACE`, `WITH NO DATA`), drop, rename, move, and in-place alters of options,
//! tablespace and access method. A changed definition is a drop and a create.

use serde_json::Value;

use crate::diff::Alter;
use crate::model::{Obj, View};

use super::js::{some_text, strict_equal, template};
use super::names::{qualified, quote, snake_case};

/// PostgreSQL's defaults, written when an alter clears the tablespace or the access method.
const DEFAULT_TABLESPACE: &str = "pg_default";
const DEFAULT_ACCESS_METHOD: &str = "heap";

fn kind(view: &View) -> &'static str {
    if view.materialized { "MATERIALIZED VIEW" } else { "VIEW" }
}

pub(crate) fn create_view(view: &View) -> String {
    let mut text = format!("CREATE {} {}", kind(view), qualified(&view.schema, &view.name));
    if let Some(using) = some_text(&view.using) {
        text += &format!(" USING {}", quote(using));
    }
    // An options object is written even when all its values are null, as ` WITH ()`, which
    // PostgreSQL rejects; drizzle-kit does that and we match it.
    if let Some(with) = &view.with {
        let options: Vec<String> =
            with.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| format!("{} = {}", snake_case(k), template(Some(v)))).collect();
        text += &format!(" WITH ({})", options.join(", "));
    }
    // The tablespace is not quoted here (unlike `SET TABLESPACE`); drizzle-kit does that and we match it.
    if let Some(tablespace) = some_text(&view.tablespace) {
        text += &format!(" TABLESPACE {tablespace}");
    }
    text += &format!(" AS ({})", view.definition.as_deref().unwrap_or("null"));
    if view.with_no_data == Some(true) {
        text += " WITH NO DATA";
    }
    text + ";"
}

pub(crate) fn drop_view(view: &View) -> String {
    format!("DROP {} {};", kind(view), qualified(&view.schema, &view.name))
}

pub(crate) fn rename_view(from: &View, to: &View) -> String {
    format!("ALTER {} {} RENAME TO {};", kind(from), qualified(&from.schema, &from.name), quote(&to.name))
}

pub(crate) fn move_view(from_schema: &str, to_schema: &str, view: &View) -> String {
    format!("ALTER {} {} SET SCHEMA {};", kind(view), qualified(from_schema, &view.name), quote(to_schema))
}

/// `SET (…)` for options that are new or changed, `RESET (…)` for options that went away, then
/// the tablespace and the access method when they changed.
pub(crate) fn alter_view(diff: &Alter<View>, view: &View) -> Vec<String> {
    let clause = format!("{} {}", kind(view), qualified(&view.schema, &view.name));
    let empty = Obj::default();
    fn options<'a>(changed: bool, view: &'a View, empty: &'a Obj) -> &'a Obj {
        match &view.with {
            Some(with) if changed => with,
            _ => empty,
        }
    }
    let changed = diff.has("with");
    let (from, to) = (options(changed, &diff.left, &empty), options(changed, &diff.right, &empty));

    let set: Vec<String> = to
        .iter()
        .filter(|(k, v)| !v.is_null() && !strict_equal(Some(from.get(k).unwrap_or(&Value::Null)), Some(v)))
        .map(|(k, v)| format!("{} = {}", snake_case(k), template(Some(v))))
        .collect();
    let reset: Vec<String> =
        from.iter().filter(|(k, v)| !v.is_null() && to.get(k).is_none_or(Value::is_null)).map(|(k, _)| snake_case(k)).collect();

    let mut out = Vec::new();
    if !set.is_empty() {
        out.push(format!("ALTER {clause} SET ({});", set.join(", ")));
    }
    if !reset.is_empty() {
        out.push(format!("ALTER {clause} RESET ({});", reset.join(", ")));
    }
    if diff.has("tablespace") {
        out.push(format!("ALTER {clause} SET TABLESPACE {};", quote(some_text(&diff.right.tablespace).unwrap_or(DEFAULT_TABLESPACE))));
    }
    if diff.has("using") {
        // `??` in drizzle: only a missing method falls back to the default, an empty one stays.
        out.push(format!("ALTER {clause} SET ACCESS METHOD {};", quote(diff.right.using.as_deref().unwrap_or(DEFAULT_ACCESS_METHOD))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Obj};
    use serde_json::json;

    fn view(json: Value) -> View {
        View::from_json(json.as_object().unwrap()).unwrap()
    }

    #[test]
    fn create_from_real_output() {
        // /work/shared/peer/v1/generate/drizzle/*_perpetual_captain_universe: snapshot row and migration.sql
        let paid = view(
            json!({"schema":"public","name":"paid_orders","definition":"select \"id\", \"user_id\", \"total\" from \"order\" where \"order\".\"status\" = 'paid'","with":null,"withNoData":null,"using":null,"tablespace":null,"materialized":false,"entityType":"views"}),
        );
        assert_eq!(
            create_view(&paid),
            r#"CREATE VIEW "paid_orders" AS (select "id", "user_id", "total" from "order" where "order"."status" = 'paid');"#
        );

        // testdata case views_create
        let mv = view(
            json!({"schema":"public","name":"mv","definition":"SELECT 1","with":{"fillfactor":70,"autovacuumVacuumScaleFactor":0.5,"autovacuumEnabled":false,"checkOption":null},"withNoData":true,"using":"heap","tablespace":"pg_default","materialized":true}),
        );
        assert_eq!(
            create_view(&mv),
            r#"CREATE MATERIALIZED VIEW "mv" USING "heap" WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.5, autovacuum_enabled = false) TABLESPACE pg_default AS (SELECT 1) WITH NO DATA;"#
        );
        let v2 = view(
            json!({"schema":"s","name":"v2","definition":"select 1","with":{"checkOption":"local","securityBarrier":true,"securityInvoker":null},"materialized":false}),
        );
        assert_eq!(create_view(&v2), r#"CREATE VIEW "s"."v2" WITH (check_option = local, security_barrier = true) AS (select 1);"#);
        // testdata case views_quirks
        let empty = view(json!({"schema":"public","name":"v","definition":"select 1","with":{"checkOption":null},"materialized":false}));
        assert_eq!(create_view(&empty), r#"CREATE VIEW "v" WITH () AS (select 1);"#);
    }

    #[test]
    fn drop_rename_move() {
        // testdata cases views_drop, views_rename, views_move
        let smv = view(json!({"schema":"s","name":"smv","definition":"select 3","materialized":true}));
        assert_eq!(drop_view(&smv), r#"DROP MATERIALIZED VIEW "s"."smv";"#);
        let mv2 = view(json!({"schema":"public","name":"mv2","materialized":true}));
        let mv = view(json!({"schema":"public","name":"mv","materialized":true}));
        assert_eq!(rename_view(&mv, &mv2), r#"ALTER MATERIALIZED VIEW "mv" RENAME TO "mv2";"#);
        let sv = view(json!({"schema":"public","name":"sv","materialized":false}));
        assert_eq!(move_view("s", "public", &sv), r#"ALTER VIEW "s"."sv" SET SCHEMA "public";"#);
    }

    #[test]
    fn alter_options_tablespace_and_method() {
        // testdata case views_alter
        let before = view(
            json!({"schema":"public","name":"v1","definition":"select 1","with":{"checkOption":"local","securityBarrier":true,"securityInvoker":null},"materialized":false}),
        );
        let mut after = before.clone();
        after.with = Some(Box::new(Obj::from(
            json!({"checkOption":"cascaded","securityBarrier":null,"securityInvoker":true}).as_object().unwrap().clone(),
        )));
        let diff = Alter::between(before, after);
        assert_eq!(
            alter_view(&diff, &diff.right),
            [r#"ALTER VIEW "v1" SET (check_option = cascaded, security_invoker = true);"#, r#"ALTER VIEW "v1" RESET (security_barrier);"#]
        );

        let before =
            view(json!({"schema":"public","name":"mv2","definition":"select 1","tablespace":"ts1","using":"heap2","materialized":true}));
        let after = View { tablespace: None, using: None, ..before.clone() };
        let diff = Alter::between(before, after);
        assert_eq!(
            alter_view(&diff, &diff.right),
            [r#"ALTER MATERIALIZED VIEW "mv2" SET TABLESPACE "pg_default";"#, r#"ALTER MATERIALIZED VIEW "mv2" SET ACCESS METHOD "heap";"#]
        );
    }
}
