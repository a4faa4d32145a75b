//! Schemas: create, drop, rename. drizzle ends each of these statements with a newline.

use super::names::quote;

pub(crate) fn create_schema(name: &str) -> String {
    format!("CREATE SCHEMA {};\n", quote(name))
}

pub(crate) fn drop_schema(name: &str) -> String {
    format!("DROP SCHEMA {};\n", quote(name))
}

pub(crate) fn rename_schema(from: &str, to: &str) -> String {
    format!("ALTER SCHEMA {} RENAME TO {};\n", quote(from), quote(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_end_with_a_newline() {
        // spec §6.5 and testdata case schemas
        assert_eq!(create_schema("audit"), "CREATE SCHEMA \"audit\";\n");
        assert_eq!(drop_schema("gone"), "DROP SCHEMA \"gone\";\n");
        assert_eq!(rename_schema("old_one", "new_one"), "ALTER SCHEMA \"old_one\" RENAME TO \"new_one\";\n");
    }
}
