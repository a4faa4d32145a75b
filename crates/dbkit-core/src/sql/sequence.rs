//! Sequences: create, drop, rename, move, alter. `CREATE` and `DROP` always qualify the name,
//! even in `public`; the others leave `public` out.

use crate::model::Sequence;

use super::js::some_text;
use super::names::{qualified, quote};

/// `"schema"."name"` whenever the schema is set (drizzle's create and drop).
fn always_qualified(sequence: &Sequence) -> String {
    if sequence.schema.is_empty() { quote(&sequence.name) } else { format!("{}.{}", quote(&sequence.schema), quote(&sequence.name)) }
}

/// ` INCREMENT BY … MINVALUE … MAXVALUE … START WITH … CACHE …[ CYCLE]`, each part only when set.
fn options(sequence: &Sequence) -> String {
    let mut text = String::new();
    for (keyword, value) in [
        ("INCREMENT BY", some_text(&sequence.increment_by)),
        ("MINVALUE", some_text(&sequence.min_value)),
        ("MAXVALUE", some_text(&sequence.max_value)),
        ("START WITH", some_text(&sequence.start_with)),
    ] {
        if let Some(value) = value {
            text += &format!(" {keyword} {value}");
        }
    }
    if let Some(cache) = sequence.cache_size.filter(|c| *c != 0) {
        text += &format!(" CACHE {cache}");
    }
    if sequence.cycle == Some(true) {
        text += " CYCLE";
    }
    text
}

pub(crate) fn create_sequence(sequence: &Sequence) -> String {
    format!("CREATE SEQUENCE {}{};", always_qualified(sequence), options(sequence))
}

pub(crate) fn drop_sequence(sequence: &Sequence) -> String {
    format!("DROP SEQUENCE {};", always_qualified(sequence))
}

pub(crate) fn rename_sequence(from: &Sequence, to: &Sequence) -> String {
    format!("ALTER SEQUENCE {} RENAME TO {};", qualified(&from.schema, &from.name), quote(&to.name))
}

pub(crate) fn move_sequence(from: &Sequence, to: &Sequence) -> String {
    format!("ALTER SEQUENCE {} SET SCHEMA {};", qualified(&from.schema, &from.name), quote(&to.schema))
}

/// Every option of the new state is written, changed or not. Options that were dropped are
/// simply not mentioned (so PostgreSQL keeps the old value); drizzle-kit does that and we match it.
///
/// dbkit differs in one place: drizzle-kit never writes `NO CYCLE`, so turning `cycle` off
/// changes nothing in the database (the sequence keeps cycling) while the snapshot says it does
/// not; dbkit adds ` NO CYCLE` when the sequence cycled before (`was_cycling`).
pub(crate) fn alter_sequence(sequence: &Sequence, was_cycling: bool) -> String {
    let no_cycle = if was_cycling && sequence.cycle != Some(true) { " NO CYCLE" } else { "" };
    format!("ALTER SEQUENCE {}{}{no_cycle};", qualified(&sequence.schema, &sequence.name), options(sequence))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(schema: &str, name: &str) -> Sequence {
        Sequence {
            schema: schema.into(),
            name: name.into(),
            increment_by: Some("1".into()),
            min_value: Some("1".into()),
            max_value: Some("9223372036854775807".into()),
            start_with: Some("1".into()),
            cache_size: Some(1),
            cycle: Some(false),
        }
    }

    #[test]
    fn create_and_drop_are_always_qualified() {
        // spec §6.5 and testdata case sequences_create_drop
        let my_seq = Sequence { increment_by: Some("2".into()), start_with: Some("10".into()), ..seq("public", "my_seq") };
        assert_eq!(
            create_sequence(&my_seq),
            r#"CREATE SEQUENCE "public"."my_seq" INCREMENT BY 2 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 10 CACHE 1;"#
        );
        let bare = Sequence {
            increment_by: None,
            min_value: None,
            max_value: None,
            start_with: None,
            cache_size: None,
            cycle: Some(true),
            ..seq("s", "other")
        };
        assert_eq!(create_sequence(&bare), r#"CREATE SEQUENCE "s"."other" CYCLE;"#);
        assert_eq!(drop_sequence(&seq("public", "gone")), r#"DROP SEQUENCE "public"."gone";"#);
    }

    #[test]
    fn rename_move_alter_leave_public_out() {
        // testdata cases sequences_rename_move, sequences_alter
        assert_eq!(rename_sequence(&seq("public", "a"), &seq("public", "a2")), r#"ALTER SEQUENCE "a" RENAME TO "a2";"#);
        assert_eq!(rename_sequence(&seq("s", "c"), &seq("s", "c2")), r#"ALTER SEQUENCE "s"."c" RENAME TO "c2";"#);
        assert_eq!(move_sequence(&seq("public", "b"), &seq("s", "b")), r#"ALTER SEQUENCE "b" SET SCHEMA "s";"#);
        let a = Sequence { increment_by: Some("5".into()), cycle: Some(true), ..seq("public", "a") };
        assert_eq!(
            alter_sequence(&a, false),
            r#"ALTER SEQUENCE "a" INCREMENT BY 5 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 CYCLE;"#
        );
        let b = Sequence { cache_size: Some(10), ..seq("s", "b") };
        assert_eq!(
            alter_sequence(&b, false),
            r#"ALTER SEQUENCE "s"."b" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 10;"#
        );
        // Turning cycle off: drizzle-kit writes nothing for it, and the sequence keeps cycling.
        assert_eq!(
            alter_sequence(&b, true),
            r#"ALTER SEQUENCE "s"."b" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 10 NO CYCLE;"#
        );
    }
}
