//! Module specifiers → project-relative paths, the way TypeScript projects resolve them:
//! relative to the importing file, tsconfig `paths` aliases, ESM-style `.js` imports of `.ts`
//! files, extensionless imports and folder `index` files. Pure string work; the loader decides
//! which candidate exists.

/// Extensions tried after the path as written.
const EXTENSIONS: &[&str] = &[".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs"];
const INDEX_FILES: &[&str] = &["/index.ts", "/index.tsx", "/index.js"];

/// `./x`, `../x`, `/x`, `.` and `..` name files; anything else is a package.
pub(crate) fn is_relative(specifier: &str) -> bool {
    specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/') || specifier == "." || specifier == ".."
}

/// Removes `.` segments and folds `..` into the previous segment (keeping leading `..`s).
pub(crate) fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|last| *last != "..") => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// The folder of a file path ("" for a file at the project root).
pub(crate) fn folder(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// `specifier` relative to the file `importer`.
pub(crate) fn join(importer: &str, specifier: &str) -> String {
    let dir = folder(importer);
    if specifier.starts_with('/') || dir.is_empty() { normalize(specifier) } else { normalize(&format!("{dir}/{specifier}")) }
}

/// The target of the longest alias prefix that matches (aliases are sorted longest first). A
/// prefix not ending in `/` (an exact tsconfig key) matches the whole specifier or a path under
/// it, as jiti's aliases do: `@db` takes `@db` and `@db/x`, not `@dbx`.
pub(crate) fn alias(specifier: &str, aliases: &[(String, String)]) -> Option<String> {
    aliases.iter().find_map(|(prefix, target)| {
        let rest = specifier.strip_prefix(prefix.as_str())?;
        (prefix.ends_with('/') || rest.is_empty() || rest.starts_with('/')).then(|| normalize(&format!("{target}{rest}")))
    })
}

/// Files to try for a path, in order.
pub(crate) fn candidates(path: &str) -> Vec<String> {
    let mut out = vec![path.to_string()];
    for (js, ts) in [(".js", &[".ts", ".tsx"][..]), (".mjs", &[".mts"][..]), (".cjs", &[".cts"][..])] {
        if let Some(stem) = path.strip_suffix(js) {
            out.extend(ts.iter().map(|ext| format!("{stem}{ext}")));
        }
    }
    out.extend(EXTENSIONS.iter().map(|ext| format!("{path}{ext}")));
    out.extend(INDEX_FILES.iter().map(|index| format!("{path}{index}")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_and_normalizes() {
        assert_eq!(join("src/db/schema.ts", "./users"), "src/db/users");
        assert_eq!(join("src/db/schema.ts", "../lib/x.ts"), "src/lib/x.ts");
        assert_eq!(join("schema.ts", "./a/../b"), "b");
        assert_eq!(join("src/schema.ts", "../../shared/x"), "../shared/x");
        assert_eq!(normalize("./src//x/./y"), "src/x/y");
        assert_eq!(folder("a.ts"), "");
    }

    #[test]
    fn relative_or_package() {
        assert!(is_relative("./x") && is_relative("../x") && is_relative(".") && is_relative("/abs"));
        assert!(!is_relative("drizzle-orm/pg-core") && !is_relative("@/db") && !is_relative(".prettierrc"));
    }

    #[test]
    fn aliases_take_the_longest_prefix() {
        let aliases = vec![("@/db/".to_string(), "src/database/".to_string()), ("@/".to_string(), "./src/".to_string())];
        assert_eq!(alias("@/db/users", &aliases).unwrap(), "src/database/users");
        assert_eq!(alias("@/lib/x", &aliases).unwrap(), "src/lib/x");
        assert!(alias("drizzle-orm", &aliases).is_none());
        let exact = vec![("@db".to_string(), "src/db/index.ts".to_string())];
        assert_eq!(alias("@db", &exact).unwrap(), "src/db/index.ts");
        assert!(alias("@dbx", &exact).is_none());
    }

    #[test]
    fn candidate_order() {
        let c = candidates("src/users.js");
        assert_eq!(&c[..3], &["src/users.js", "src/users.ts", "src/users.tsx"]);
        assert_eq!(candidates("src/a.mjs")[1], "src/a.mts");
        let c = candidates("src/users");
        assert_eq!(c[1], "src/users.ts");
        assert_eq!(c.last().unwrap(), "src/users/index.js");
        assert_eq!(c.len(), 1 + 7 + 3);
    }
}
