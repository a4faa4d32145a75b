//! Indexes: `CREATE [UNIQUE] INDEX [CONCURRENTLY]` with drizzle's column list rules, `DROP INDEX`,
//! `ALTER INDEX … RENAME TO`.

use crate::model::{Index, Obj};

use super::js::{some_text, template, truthy};
use super::names::{qualified, quote};

/// One item of the column list: the column (quoted) or the expression (verbatim), a non-default
/// opclass, `DESC`, and the nulls order only when it is not the default for the direction
/// (ascending puts nulls last, descending first).
fn index_column(column: &Obj) -> String {
    let value = template(column.get("value"));
    let mut text = if truthy(column.get("isExpression")) { value } else { quote(&value) };
    if let Some(opclass) = column.get("opclass").filter(|o| truthy(Some(o)))
        && !truthy(opclass.get("default"))
    {
        text += &format!(" {}", template(opclass.get("name")));
    }
    let asc = truthy(column.get("asc"));
    let nulls_first = truthy(column.get("nullsFirst"));
    if !asc {
        text += " DESC";
    }
    if asc == nulls_first {
        text += if nulls_first { " NULLS FIRST" } else { " NULLS LAST" };
    }
    text
}

pub(crate) fn create_index(index: &Index) -> String {
    let columns: Vec<String> = index.columns.iter().map(index_column).collect();
    let method = if index.method != "btree" { format!(" USING {}", index.method) } else { String::new() };
    let with = if index.with.is_empty() { String::new() } else { format!(" WITH ({})", index.with) };
    let where_ = some_text(&index.where_).map(|w| format!(" WHERE {w}")).unwrap_or_default();
    // drizzle-kit writes CONCURRENTLY when asked, though its migrator runs every migration in a
    // transaction, where PostgreSQL refuses it; we match it.
    format!(
        "CREATE {}{} {} ON {}{method} ({}){with}{where_};",
        if index.is_unique { "UNIQUE INDEX" } else { "INDEX" },
        if index.concurrently { " CONCURRENTLY" } else { "" },
        quote(&index.name),
        qualified(&index.schema, &index.table),
        columns.join(","),
    )
}

pub(crate) fn drop_index(index: &Index) -> String {
    format!("DROP INDEX {};", qualified(&index.schema, &index.name))
}

pub(crate) fn rename_index(schema: &str, from: &str, to: &str) -> String {
    format!("ALTER INDEX {} RENAME TO {};", qualified(schema, from), quote(to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entity;
    use serde_json::Value;

    fn index(json: &str) -> Index {
        let v: Value = serde_json::from_str(json).unwrap();
        Index::from_json(v.as_object().unwrap()).unwrap()
    }

    #[test]
    fn create_from_real_output() {
        // /work/shared/peer/v1/generate/drizzle/*_schema_b: snapshot row and migration.sql
        let uq = index(
            r#"{"schema":"public","table":"account","name":"account_provider_account_uq","nameExplicit":true,"columns":[{"value":"provider_id","isExpression":false,"asc":true,"nullsFirst":false,"opclass":null},{"value":"account_id","isExpression":false,"asc":true,"nullsFirst":false,"opclass":null}],"isUnique":true,"where":null,"with":"","method":"btree","concurrently":false,"entityType":"indexes"}"#,
        );
        assert_eq!(create_index(&uq), r#"CREATE UNIQUE INDEX "account_provider_account_uq" ON "account" ("provider_id","account_id");"#);

        // testdata case indexes
        let desc = index(
            r#"{"schema":"public","table":"posts","name":"posts_desc","nameExplicit":true,"columns":[{"value":"a","isExpression":false,"asc":false,"nullsFirst":false,"opclass":null},{"value":"lower(\"b\")","isExpression":true,"asc":false,"nullsFirst":true,"opclass":null}],"isUnique":false,"where":null,"with":"","method":"btree","concurrently":false}"#,
        );
        assert_eq!(create_index(&desc), r#"CREATE INDEX "posts_desc" ON "posts" ("a" DESC NULLS LAST,lower("b") DESC);"#);
        let gin = index(
            r#"{"schema":"public","table":"posts","name":"posts_gin","nameExplicit":true,"columns":[{"value":"b","isExpression":false,"asc":true,"nullsFirst":false,"opclass":{"name":"gin_trgm_ops","default":false}}],"isUnique":false,"where":null,"with":"","method":"gin","concurrently":false}"#,
        );
        assert_eq!(create_index(&gin), r#"CREATE INDEX "posts_gin" ON "posts" USING gin ("b" gin_trgm_ops);"#);
        let partial = index(
            r#"{"schema":"public","table":"posts","name":"posts_partial","nameExplicit":true,"columns":[{"value":"a","isExpression":false,"asc":true,"nullsFirst":false,"opclass":{"name":"int4_ops","default":true}}],"isUnique":false,"where":"\"a\" > 0","with":"fillfactor=70","method":"btree","concurrently":true}"#,
        );
        assert_eq!(
            create_index(&partial),
            r#"CREATE INDEX CONCURRENTLY "posts_partial" ON "posts" ("a") WITH (fillfactor=70) WHERE "a" > 0;"#
        );
        let nulls_first = index(
            r#"{"schema":"s","table":"t","name":"s_idx","nameExplicit":true,"columns":[{"value":"a","isExpression":false,"asc":true,"nullsFirst":true,"opclass":null}],"isUnique":false,"with":"","method":"hash","concurrently":false}"#,
        );
        assert_eq!(create_index(&nulls_first), r#"CREATE INDEX "s_idx" ON "s"."t" USING hash ("a" NULLS FIRST);"#);
    }

    #[test]
    fn drop_and_rename() {
        // testdata cases indexes, indexes_rename
        let i = index(
            r#"{"schema":"s","table":"t","name":"s_gone","nameExplicit":true,"columns":[],"isUnique":false,"with":"","method":"btree","concurrently":false}"#,
        );
        assert_eq!(drop_index(&i), r#"DROP INDEX "s"."s_gone";"#);
        assert_eq!(rename_index("public", "old_idx", "new_idx"), r#"ALTER INDEX "old_idx" RENAME TO "new_idx";"#);
        assert_eq!(rename_index("s", "s_old", "s_new"), r#"ALTER INDEX "s"."s_old" RENAME TO "s_new";"#);
    }
}
