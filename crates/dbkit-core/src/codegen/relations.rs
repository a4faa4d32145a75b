//! `relations.ts`: drizzle-orm 1.0's `defineRelations(schema, (r) => ({ … }))` for the pulled
//! foreign keys, as drizzle-kit 1.0 writes it.
//!
//! The rules, read off drizzle-kit's output:
//! - tables are visited in order, and a table's foreign keys in order; each key gives its table a
//!   `one` relation named after the target in the singular (`customer: r.one.customers`, with
//!   `from`/`to`) and the target a `many` relation named after the table in the plural;
//! - a table with exactly two foreign keys to two different tables, neither of them itself, is
//!   also a junction: before its keys' relations, the first target gets a `many` of the second
//!   `through` it (`from`/`to` with `.through(…)`), and the second target a `many` of the first
//!   with no options;
//! - a key whose columns are, in order, those of a unique constraint or of a unique index of its
//!   table gives the target a `one` (no options) instead of the `many`. Beyond drizzle-kit, which
//!   also counts partial unique indexes and the plain columns of expression ones, only a
//!   guarantee of one row counts: `unique (customer_id) where open` leaves a customer many orders;
//! - a relation named like a column of the table whose keys made it gets `Relation` appended
//!   (`categoryRelation` beside a `category` column);
//! - a table's relations are listed in the order they were added, the tables in the order they
//!   first got one;
//! - relations of one table that share a target get an `alias` naming the key from its source
//!   side (`addresses_customerId_customers_id`, `…_via_orders` through a junction), the same on
//!   both ends;
//! - relations of one table that share a name get the key's columns (`parentParentId`) or the
//!   junction (`addressesViaOrders`) appended.

use crate::model::CompactString;
use std::collections::HashMap;

use super::names::{Names, capitalise, member, object_key, string};
use super::pluralize::{plural, singular};
use crate::model::{Ddl, Fk};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The key's own side: `from`/`to` options.
    One,
    Many,
    /// The target's side of a key that is unique on its table: `one`, without options.
    OneOne,
}

/// A junction a `many` relation goes through.
#[derive(Debug, Clone)]
struct Through {
    table: String,
    /// The junction's columns that reference the relation's own table, and the target.
    columns_from: Vec<String>,
    columns_to: Vec<String>,
    /// The second target's side: written without options, aliased like the first's.
    reverse: bool,
}

#[derive(Debug, Clone)]
struct Relation {
    name: String,
    kind: Kind,
    table_from: String,
    columns_from: Vec<String>,
    table_to: String,
    columns_to: Vec<String>,
    through: Option<Through>,
}

impl Relation {
    /// The alias both ends share: the key as seen from the table that holds it.
    fn alias(&self) -> String {
        let side = |table: &str, columns: &[String]| format!("{table}_{}", columns.join("_"));
        match (&self.through, self.kind) {
            (Some(t), _) if t.reverse => {
                format!("{}_{}_via_{}", side(&self.table_to, &self.columns_to), side(&self.table_from, &self.columns_from), t.table)
            }
            (Some(t), _) => {
                format!("{}_{}_via_{}", side(&self.table_from, &self.columns_from), side(&self.table_to, &self.columns_to), t.table)
            }
            (None, Kind::One) => format!("{}_{}", side(&self.table_from, &self.columns_from), side(&self.table_to, &self.columns_to)),
            (None, Kind::Many | Kind::OneOne) => {
                format!("{}_{}", side(&self.table_to, &self.columns_to), side(&self.table_from, &self.columns_from))
            }
        }
    }

    /// The name when another relation of the table has the same one.
    fn distinct_name(&self) -> String {
        let columns = |cs: &[String]| cs.iter().map(|c| capitalise(c)).collect::<String>();
        match (&self.through, self.kind) {
            (Some(t), _) => format!("{}Via{}", self.name, capitalise(&t.table)),
            (None, Kind::One) => format!("{}{}", self.name, columns(&self.columns_from)),
            (None, Kind::Many | Kind::OneOne) => format!("{}{}", self.name, columns(&self.columns_to)),
        }
    }
}

/// The relations of each table, in the order the tables first got one.
struct Relations(Vec<(String, Vec<Relation>)>);

impl Relations {
    fn push(&mut self, table: &str, relation: Relation) {
        match self.0.iter_mut().find(|(t, _)| t == table) {
            Some((_, list)) => list.push(relation),
            None => self.0.push((table.to_string(), vec![relation])),
        }
    }
}

/// `relations.ts`, reading the tables from `import * as schema from "<schema_module>"` (`./schema`
/// beside `schema.ts`).
pub(super) fn relations_ts(ddl: &Ddl, names: &Names, schema_module: &str) -> String {
    let mut relations = Relations(Vec::new());
    // Each table's keys, gathered once (a scan of every key per table is quadratic).
    let mut by_table: HashMap<(&str, &str), Vec<&Fk>> = HashMap::new();
    for f in ddl.fks.iter() {
        by_table.entry((&f.schema, &f.table)).or_default().push(f);
    }
    let unique_on = unique_column_lists(ddl);
    let mut table_columns: HashMap<(&str, &str), Vec<String>> = HashMap::new();
    for c in ddl.columns.iter() {
        table_columns.entry((&c.schema, &c.table)).or_default().push(names.column(&c.schema, &c.table, &c.name));
    }
    for t in ddl.tables.iter() {
        let fks: &[&Fk] = by_table.get(&(t.schema.as_str(), t.name.as_str())).map_or(&[], Vec::as_slice);
        let key = |schema: &str, table: &str| names.relation_table(schema, table);
        let columns =
            |schema: &str, table: &str, cs: &[CompactString]| cs.iter().map(|c| names.column(schema, table, c)).collect::<Vec<_>>();
        // Every relation this table's keys make is named clear of this table's columns.
        let own_columns = table_columns.get(&(t.schema.as_str(), t.name.as_str())).map_or(&[][..], Vec::as_slice);
        let clear = |name: String| if own_columns.contains(&name) { format!("{name}Relation") } else { name };
        if let [a, b] = fks[..] {
            let (to_a, to_b) = (key(&a.schema_to, &a.table_to), key(&b.schema_to, &b.table_to));
            let junction = key(&t.schema, &t.name);
            if to_a != to_b && to_a != junction && to_b != junction {
                let (a_to, b_to) = (columns(&a.schema_to, &a.table_to, &a.columns_to), columns(&b.schema_to, &b.table_to, &b.columns_to));
                let (a_from, b_from) = (columns(&a.schema, &a.table, &a.columns), columns(&b.schema, &b.table, &b.columns));
                let through = |columns_from: &[String], columns_to: &[String], reverse| Through {
                    table: junction.clone(),
                    columns_from: columns_from.to_vec(),
                    columns_to: columns_to.to_vec(),
                    reverse,
                };
                let forward = Relation {
                    name: clear(plural(&to_b)),
                    kind: Kind::Many,
                    table_from: to_a.clone(),
                    columns_from: a_to.clone(),
                    table_to: to_b.clone(),
                    columns_to: b_to.clone(),
                    through: Some(through(&a_from, &b_from, false)),
                };
                let backward = Relation {
                    name: clear(plural(&to_a)),
                    kind: Kind::Many,
                    table_from: to_b.clone(),
                    columns_from: b_to,
                    table_to: to_a.clone(),
                    columns_to: a_to,
                    through: Some(through(&b_from, &a_from, true)),
                };
                relations.push(&to_a, forward);
                relations.push(&to_b, backward);
            }
        }
        for fk in fks {
            let (from, to) = (key(&fk.schema, &fk.table), key(&fk.schema_to, &fk.table_to));
            let columns_from = columns(&fk.schema, &fk.table, &fk.columns);
            let columns_to = columns(&fk.schema_to, &fk.table_to, &fk.columns_to);
            let one = Relation {
                name: clear(singular(&to)),
                kind: Kind::One,
                table_from: from.clone(),
                columns_from: columns_from.clone(),
                table_to: to.clone(),
                columns_to: columns_to.clone(),
                through: None,
            };
            let unique = unique_on.get(&(t.schema.as_str(), t.name.as_str())).is_some_and(|lists| lists.contains(&fk.columns));
            let many = Relation {
                name: clear(plural(&from)),
                kind: if unique { Kind::OneOne } else { Kind::Many },
                table_from: to.clone(),
                columns_from: columns_to,
                table_to: from.clone(),
                columns_to: columns_from,
                through: None,
            };
            relations.push(&from, one);
            relations.push(&to, many);
        }
    }
    let mut out = format!(
        "import {{ defineRelations }} from \"drizzle-orm\";\nimport * as schema from {};\n\n\
         export const relations = defineRelations(schema, (r) => ({{\n",
        string(schema_module)
    );
    for (table, list) in &relations.0 {
        out.push_str(&format!("\t{}: {{\n", object_key(table)));
        for (i, r) in list.iter().enumerate() {
            let others = || list.iter().enumerate().filter(move |(j, _)| *j != i).map(|(_, o)| o);
            let name = if others().any(|o| o.name == r.name) { r.distinct_name() } else { r.name.clone() };
            let alias = others().any(|o| o.table_to == r.table_to).then(|| r.alias());
            out.push_str(&relation(&name, r, alias.as_deref()));
        }
        out.push_str("\t},\n");
    }
    out.push_str("}))");
    out
}

/// The column lists each table guarantees unique: its unique constraints, and its unique indexes
/// on plain columns without a `where`.
fn unique_column_lists(ddl: &Ddl) -> HashMap<(&str, &str), Vec<Vec<CompactString>>> {
    let mut out: HashMap<(&str, &str), Vec<Vec<CompactString>>> = HashMap::new();
    for u in ddl.uniques.iter() {
        out.entry((&u.schema, &u.table)).or_default().push(u.columns.clone());
    }
    for i in ddl.indexes.iter().filter(|i| i.is_unique && i.where_.as_deref().is_none_or(str::is_empty)) {
        let plain: Option<Vec<CompactString>> = i
            .columns
            .iter()
            .map(|c| match c.get("isExpression") {
                Some(serde_json::Value::Bool(true)) => None,
                _ => c.str("value").map(CompactString::from),
            })
            .collect();
        if let Some(columns) = plain {
            out.entry((&i.schema, &i.table)).or_default().push(columns);
        }
    }
    out
}

/// `\t\tname: r.one.target({ … }),\n`
fn relation(name: &str, r: &Relation, alias: Option<&str>) -> String {
    let column = |table: &str, c: &str| member(&member("r", table), c);
    let list = |items: Vec<String>| {
        if items.len() == 1 { items.into_iter().next().unwrap_or_default() } else { format!("[{}]", items.join(", ")) }
    };
    let mut options = Vec::new();
    match &r.through {
        Some(t) if !t.reverse => {
            let via = |own: &str, cs: &[String], junction: &[String]| {
                list(cs.iter().zip(junction).map(|(c, j)| format!("{}.through({})", column(own, c), column(&t.table, j))).collect())
            };
            options.push(format!("from: {}", via(&r.table_from, &r.columns_from, &t.columns_from)));
            options.push(format!("to: {}", via(&r.table_to, &r.columns_to, &t.columns_to)));
        }
        Some(_) => {}
        None if r.kind == Kind::One => {
            options.push(format!("from: {}", list(r.columns_from.iter().map(|c| column(&r.table_from, c)).collect())));
            options.push(format!("to: {}", list(r.columns_to.iter().map(|c| column(&r.table_to, c)).collect())));
        }
        None => {}
    }
    if let Some(a) = alias {
        options.push(format!("alias: {}", string(a)));
    }
    let kind = if r.kind == Kind::Many { "many" } else { "one" };
    let args = if options.is_empty() { String::new() } else { format!("{{\n\t\t\t{}\n\t\t}}", options.join(",\n\t\t\t")) };
    format!("\t\t{}: {}({args}),\n", object_key(name), member(&format!("r.{kind}"), &r.table_to))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::{Casing, codegen};
    use crate::model::Ddl;

    fn ddl(tables: &[&str], fks: &[(&str, &[&str], &str, &[&str])]) -> Ddl {
        let mut d = Ddl::new();
        for t in tables {
            d.push_json(&json!({"schema": "public", "name": t, "isRlsEnabled": false, "entityType": "tables"})).unwrap();
        }
        for (i, (table, columns, to, columns_to)) in fks.iter().enumerate() {
            d.push_json(&json!({
                "schema": "public", "table": table, "name": format!("fk{i}"), "nameExplicit": true, "columns": columns,
                "schemaTo": "public", "tableTo": to, "columnsTo": columns_to, "onUpdate": "NO ACTION", "onDelete": "NO ACTION",
                "entityType": "fks"
            }))
            .unwrap();
        }
        d
    }

    fn push(d: &mut Ddl, row: serde_json::Value) {
        d.push_json(&row).unwrap();
    }

    fn column(d: &mut Ddl, table: &str, name: &str) {
        push(
            d,
            json!({"schema": "public", "table": table, "name": name, "type": "integer", "typeSchema": null, "notNull": false,
            "dimensions": 0, "default": null, "generated": null, "identity": null, "entityType": "columns"}),
        );
    }

    fn unique_index(d: &mut Ddl, table: &str, name: &str, columns: &[(&str, bool)], where_: Option<&str>) {
        let columns: Vec<_> = columns
            .iter()
            .map(|(v, expr)| json!({"value": v, "isExpression": expr, "asc": true, "nullsFirst": false, "opclass": null}))
            .collect();
        push(
            d,
            json!({"schema": "public", "table": table, "name": name, "nameExplicit": true, "columns": columns, "isUnique": true,
            "where": where_, "with": "", "method": "btree", "concurrently": false, "entityType": "indexes"}),
        );
    }

    fn body(text: &str) -> String {
        text.split_once("(r) => ({\n").unwrap().1.to_string()
    }

    #[test]
    fn a_junction_with_composite_keys_goes_through_each_column() {
        let d = ddl(&["a", "b", "ab"], &[("ab", &["a_x", "a_y"], "a", &["x", "y"]), ("ab", &["b_id"], "b", &["id"])]);
        let text = codegen(&d, &[], Casing::Camel).relations_ts;
        assert!(
            body(&text).starts_with(
                "\ta: {\n\t\tbs: r.many.b({\n\t\t\tfrom: [r.a.x.through(r.ab.aX), r.a.y.through(r.ab.aY)],\n\t\t\tto: r.b.id.through(r.ab.bId)\n\t\t}),\n"
            ),
            "{text}"
        );
        assert!(text.contains("\tb: {\n\t\tas: r.many.a(),\n\t\tabs: r.many.ab(),\n\t},\n"), "{text}");
    }

    /// Two keys to one table make no junction (dbkit's reading: drizzle-kit's corpus has no such
    /// table); each key is its own aliased relation, named after its columns.
    #[test]
    fn two_keys_to_one_table_are_aliased_relations() {
        let d = ddl(&["users", "follows"], &[("follows", &["follower"], "users", &["id"]), ("follows", &["followee"], "users", &["id"])]);
        let text = codegen(&d, &[], Casing::Camel).relations_ts;
        assert_eq!(
            body(&text),
            "\tfollows: {\n\
             \t\tuserFollower: r.one.users({\n\t\t\tfrom: r.follows.follower,\n\t\t\tto: r.users.id,\n\t\t\talias: \"follows_follower_users_id\"\n\t\t}),\n\
             \t\tuserFollowee: r.one.users({\n\t\t\tfrom: r.follows.followee,\n\t\t\tto: r.users.id,\n\t\t\talias: \"follows_followee_users_id\"\n\t\t}),\n\
             \t},\n\
             \tusers: {\n\
             \t\tfollowsFollower: r.many.follows({\n\t\t\talias: \"follows_follower_users_id\"\n\t\t}),\n\
             \t\tfollowsFollowee: r.many.follows({\n\t\t\talias: \"follows_followee_users_id\"\n\t\t}),\n\
             \t},\n\
             }))"
        );
    }

    /// A key on a unique column gives the target `one`, as drizzle-kit does; a partial or
    /// expression unique index does not make the column unique, and stays `many` (drizzle-kit
    /// counts both).
    #[test]
    fn a_key_on_unique_columns_is_one_to_one() {
        let mut d = ddl(
            &["users", "profiles", "orders", "members"],
            &[
                ("profiles", &["user_id"], "users", &["id"]),
                ("orders", &["user_id"], "users", &["id"]),
                ("members", &["user_id"], "users", &["id"]),
            ],
        );
        push(
            &mut d,
            json!({"schema": "public", "table": "profiles", "name": "profiles_user_id_key", "nameExplicit": true,
            "columns": ["user_id"], "nullsNotDistinct": false, "entityType": "uniques"}),
        );
        unique_index(&mut d, "orders", "one_open", &[("user_id", false)], Some("open"));
        unique_index(&mut d, "members", "by_email", &[("lower(email)", true), ("user_id", false)], None);
        let text = codegen(&d, &[], Casing::Camel).relations_ts;
        assert!(
            text.contains("\tusers: {\n\t\tprofiles: r.one.profiles(),\n\t\torders: r.many.orders(),\n\t\tmembers: r.many.members(),\n"),
            "{text}"
        );
    }

    /// Two keys, one of them to the table itself, make no junction (drizzle-kit's rule).
    #[test]
    fn a_self_reference_is_not_a_junction() {
        let d = ddl(
            &["customers", "orders"],
            &[("orders", &["customer_id"], "customers", &["id"]), ("orders", &["parent_id"], "orders", &["id"])],
        );
        let text = codegen(&d, &[], Casing::Camel).relations_ts;
        assert!(!text.contains("through"), "{text}");
        assert!(text.contains("\tcustomers: {\n\t\torders: r.many.orders(),\n\t},\n"), "{text}");
    }

    /// A relation named like a column of the table whose key made it gets `Relation` appended.
    #[test]
    fn a_relation_named_like_a_column_is_suffixed() {
        let mut d = ddl(&["categories", "posts"], &[("posts", &["category_id"], "categories", &["id"])]);
        column(&mut d, "posts", "category");
        column(&mut d, "posts", "category_id");
        let text = codegen(&d, &[], Casing::Camel).relations_ts;
        assert!(text.contains("\t\tcategoryRelation: r.one.categories({"), "{text}");
    }
}
