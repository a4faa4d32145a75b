//! Which files are the schema: `schema` in the config as files, folders and globs, resolved the
//! way drizzle-kit 1.0 does (glob matches in `localeCompare` order; a folder means its direct
//! files in byte order; only .ts/.tsx/.mts/.cts/.js/.jsx/.mjs/.cjs files; each file once).

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use dbkit_core::migrations::collate::locale_compare;
use globset::GlobBuilder;
use walkdir::WalkDir;

const EXTENSIONS: [&str; 8] = [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"];

/// Schema files as '/'-separated paths relative to `cwd` (absolute when outside it).
pub fn schema_files(cwd: &Path, patterns: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for pattern in patterns {
        for path in expand(cwd, pattern)? {
            let files = if path.is_dir() {
                let mut names: Vec<PathBuf> = std::fs::read_dir(&path)?.flatten().map(|e| e.path()).collect();
                names.sort();
                names
            } else {
                vec![path]
            };
            for file in files.into_iter().filter(|f| f.is_file()) {
                let name = file.to_string_lossy();
                if !EXTENSIONS.iter().any(|e| name.ends_with(e)) {
                    continue;
                }
                let display = display(cwd, &file);
                if !out.contains(&display) {
                    out.push(display);
                }
            }
        }
    }
    if out.is_empty() {
        bail!(
            "no schema files found for {}: check `schema` in the config (files, folders or globs such as ./src/db/**/*.ts) or pass --schema",
            patterns.iter().map(|p| format!("'{p}'")).collect::<Vec<_>>().join(", ")
        );
    }
    Ok(out)
}

fn display(cwd: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(cwd).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// A pattern's matches: itself when it has no glob characters, else every path under its fixed
/// prefix that matches, in drizzle's (glob's) order.
fn expand(cwd: &Path, pattern: &str) -> Result<Vec<PathBuf>> {
    let clean = pattern.strip_prefix("./").unwrap_or(pattern);
    if !clean.contains(['*', '?', '[', '{']) {
        let path = cwd.join(clean);
        return Ok(if path.exists() { vec![path] } else { vec![] });
    }
    let fixed: Vec<&str> = clean.split('/').take_while(|part| !part.contains(['*', '?', '[', '{'])).collect();
    let base = cwd.join(fixed.join("/"));
    let matcher = GlobBuilder::new(clean).literal_separator(true).build()?.compile_matcher();
    let mut found: Vec<PathBuf> = WalkDir::new(&base)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.strip_prefix(cwd).is_ok_and(|rel| matcher.is_match(rel)))
        .collect();
    found.sort_by(|a, b| locale_compare(&a.to_string_lossy(), &b.to_string_lossy()));
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_folders_and_globs() {
        let dir = tempfile_dir();
        for f in [
            "src/db/schema/users.ts",
            "src/db/schema/posts.ts",
            "src/db/schema/README.md",
            "src/db/schema/nested/x.ts",
            "src/a/schema.ts",
            "src/b/schema.ts",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "").unwrap();
        }
        let folder = schema_files(&dir, &["./src/db/schema".into()]).unwrap();
        assert_eq!(folder, ["src/db/schema/posts.ts", "src/db/schema/users.ts"], "direct files only, no README");
        let glob = schema_files(&dir, &["./src/**/schema.ts".into()]).unwrap();
        assert_eq!(glob, ["src/a/schema.ts", "src/b/schema.ts"]);
        let both = schema_files(&dir, &["src/db/schema/users.ts".into(), "./src/db/schema".into()]).unwrap();
        assert_eq!(both, ["src/db/schema/users.ts", "src/db/schema/posts.ts"], "each file once, first mention wins");
        let err = schema_files(&dir, &["./nope".into()]).unwrap_err();
        assert!(err.to_string().starts_with("no schema files found for './nope'"), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dbkit-schema-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
