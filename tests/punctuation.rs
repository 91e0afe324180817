//! Japanese copy uses full-width 「？」「：」「（）」, never the half-width forms beside them (issue 12).
//! Scanned: the packs' `ja` texts (not `clause_text`, the source's literal wording), the `ja` text
//! tables of the UI (`i18n.rs`, `i18n_drafts.rs`), the ja side of every `text!` / `t!` pair in
//! `src/` (advice data, engine texts), the engine's ja error messages (`case.rs`), and the static
//! ja text of `index.html`. Left alone: times and identifiers (9:00, HH:MM, ID:82), URLs, and
//! `{…}` placeholders.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        ('\u{3000}'..='\u{30ff}').contains(&c)
            || ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
    })
}

/// The half-width marks in `s` that should be full-width, as "char at index".
fn half_width(s: &str) -> Vec<String> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut depth = 0usize;
    for (i, &c) in cs.iter().enumerate() {
        let prev = if i > 0 { cs.get(i - 1).copied() } else { None };
        let next = cs.get(i + 1).copied();
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '?' | '(' | ')' => out.push(format!("{c:?} at {i}")),
            ':' => {
                let alnum = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
                let url = cs.get(i + 1) == Some(&'/') && cs.get(i + 2) == Some(&'/');
                let kept = url || (alnum(prev) && alnum(next));
                if !kept {
                    out.push(format!("':' at {i}"));
                }
            }
            _ => {}
        }
    }
    out
}

/// Rust string literals (`"…"`, with escapes) in `src`, each with its byte offset.
fn literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let (mut i, mut out) = (0, Vec::new());
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' => {
                // A char literal ('"', '\'') or a lifetime: skip past it.
                if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') {
                    i += 4;
                } else {
                    i += 1;
                }
            }
            b'"' => {
                let start = i;
                let mut s = Vec::new();
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    if let Some(&x) = b.get(i) {
                        s.push(x);
                    }
                    i += 1;
                }
                out.push((start, String::from_utf8_lossy(&s).into_owned()));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn check(found: &mut Vec<String>, place: &str, text: &str) {
    if !has_cjk(text) {
        return;
    }
    let bad = half_width(text);
    if !bad.is_empty() {
        found.push(format!("{place}: {} in «{text}»", bad.join(", ")));
    }
}

fn walk_pack(v: &serde_json::Value, path: &str, file: &str, found: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("clause_text", _) => {}
                    ("ja", serde_json::Value::String(s)) => {
                        check(found, &format!("{file} {path}.ja"), s)
                    }
                    _ => walk_pack(x, &format!("{path}.{k}"), file, found),
                }
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk_pack(x, &format!("{path}[{i}]"), file, found);
            }
        }
        _ => {}
    }
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every place Japanese copy lives, with its half-width marks.
fn scan() -> Vec<String> {
    let mut found = Vec::new();
    let packs = root().join("src/engine/packs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&packs)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "json"));
    assert!(files.len() >= 7, "packs not found");
    for f in &files {
        let v: serde_json::Value =
            serde_json::from_str(&read(f)).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        walk_pack(&v, "", &f.display().to_string(), &mut found);
    }
    // The ja tables: every literal between `pub static JA` (or `const`) and the EN table, in every
    // `src/ui/i18n*.rs` and the document's `src/document/*text.rs` (a new table file is checked
    // without being listed here; a file that only re-exports a moved table is skipped).
    let mut tables = 0;
    let mut names: Vec<std::path::PathBuf> = Vec::new();
    for (dir, keep) in [
        (
            "src/ui",
            (|n: &str| n.starts_with("i18n") && n.ends_with(".rs")) as fn(&str) -> bool,
        ),
        ("src/document", |n: &str| n.ends_with("text.rs")),
    ] {
        let d = root().join(dir);
        let mut found_here: Vec<_> = std::fs::read_dir(&d)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| keep(&p.file_name().unwrap_or_default().to_string_lossy()))
                    .collect()
            })
            .unwrap_or_default();
        found_here.sort();
        names.extend(found_here);
    }
    for path in &names {
        let file = path.display().to_string();
        let src = read(path);
        let find = |k: &str| {
            src.find(&format!("pub static {k}"))
                .or_else(|| src.find(&format!("pub const {k}")))
        };
        let (Some(a), Some(b)) = (find("JA"), find("EN")) else {
            if src
                .lines()
                .any(|l| l.starts_with("pub use crate::document::"))
            {
                continue;
            }
            panic!("{file}: the JA and EN tables were not found")
        };
        tables += 1;
        for (at, s) in literals(&src[a..b]) {
            check(&mut found, &format!("{file} @{}", a + at), &s);
        }
    }
    assert!(tables >= 5, "the text tables were not found: {names:?}");
    // The ja side of every text!/t! pair, and the engine's ja error messages.
    let mut rs = Vec::new();
    rs_files(&root().join("src"), &mut rs);
    for f in &rs {
        let src = read(f);
        let lits = literals(&src);
        let is_case = f.ends_with("engine/case.rs");
        for (at, s) in &lits {
            // The first literal of a `text!` / `t!` pair is the Japanese one (not `format!(`).
            let before = src[..*at].trim_end();
            let is_macro_ja = before.strip_suffix("t!(").is_some_and(|b| {
                b.ends_with("tex") || !b.ends_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            if is_macro_ja || is_case {
                check(&mut found, &format!("{} @{at}", f.display()), s);
            }
        }
    }
    // The static page's ja text nodes.
    let html = read(&root().join("index.html"));
    for (i, seg) in html.split('>').enumerate() {
        let text = seg.split('<').next().unwrap_or("");
        check(&mut found, &format!("index.html segment {i}"), text);
    }
    found
}

#[test]
fn japanese_copy_uses_full_width_punctuation() {
    let found = scan();
    assert!(
        found.is_empty(),
        "half-width ? : ( ) in Japanese copy (use ？ ： （ ）):\n{}",
        found.join("\n")
    );
}

/// The check itself: it catches each mark, and leaves times, identifiers and URLs alone.
#[test]
fn the_check_catches_each_mark() {
    assert_eq!(half_width("何がありましたか?").len(), 1);
    assert_eq!(half_width("時刻(任意)").len(), 2);
    assert_eq!(half_width("緊急:最初に").len(), 1);
    assert!(half_width("平日9:00〜17:00、ID:82、HH:MM、https://example.jp").is_empty());
    assert!(half_width("{d:?}まで").is_empty());
    assert!(half_width("時刻（任意）：何がありましたか？").is_empty());
}
