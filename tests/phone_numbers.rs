//! Issue 26: no phone number is shown unless it is on the allow-list of verified official numbers
//! (`hosho_navi::engine::phones::VERIFIED_NUMBERS`, each with its page and check date).
//! Scanned: every string of every rule pack (texts, contacts, the sources' literal wording), every
//! string literal of the UI (`src/ui`, the text tables and the views) and of the engine outside
//! its tests, and the text of `index.html` (the static first-hour panel). The advice data is
//! checked value by value in `src/engine/advice_tests.rs`.

use hosho_navi::engine::phones::{unlisted_numbers, VERIFIED_NUMBERS};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Rust string literals in `src` (comments skipped), as in `punctuation.rs`.
fn literals(src: &str) -> Vec<String> {
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
                if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') {
                    i += 4;
                } else {
                    i += 1;
                }
            }
            b'"' => {
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
                out.push(String::from_utf8_lossy(&s).into_owned());
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
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

fn strings_of(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings_of(x, out)),
        // Document ids ("003") and the packs' own ids name things; they are not numbers to call.
        serde_json::Value::Object(m) => m
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "doc" | "id"))
            .for_each(|(_, x)| strings_of(x, out)),
        _ => {}
    }
}

/// (place, text) of everything scanned.
fn shown_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let packs = root().join("src/engine/packs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&packs)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "json"));
    assert!(files.len() >= 5, "the packs were not found");
    for f in files {
        let v: serde_json::Value =
            serde_json::from_str(&read(&f)).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut s = Vec::new();
        strings_of(&v, &mut s);
        out.extend(s.into_iter().map(|t| (f.display().to_string(), t)));
    }
    let mut rs = Vec::new();
    rs_files(&root().join("src/ui"), &mut rs);
    rs_files(&root().join("src/engine"), &mut rs);
    // The advice data and its tests are checked value by value (`advice_tests.rs`); this file
    // and the other tests name numbers on purpose.
    rs.retain(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        !name.ends_with("_tests.rs") && name != "tests.rs" && name != "phones.rs"
    });
    assert!(
        rs.iter().any(|p| p.ends_with("ui/i18n.rs")),
        "the UI's text tables were not found"
    );
    for f in rs {
        let src = read(&f);
        // A file's own unit tests are not shown.
        let src = src.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        out.extend(
            literals(src)
                .into_iter()
                // Texts (a space or a non-ASCII character) and bare numbers ("#9110", "110"),
                // not identifiers.
                .filter(|t| {
                    t.contains(' ')
                        || !t.is_ascii()
                        || t.starts_with('#')
                        || (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
                })
                .map(|t| (f.display().to_string(), t)),
        );
    }
    // index.html: the text between tags, outside scripts and styles.
    let html = read(&root().join("index.html"));
    let mut text = String::new();
    let mut rest = html.as_str();
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        text.push(' ');
        let tag = &rest[lt..];
        let skip_to = ["<script", "<style"]
            .iter()
            .zip(["</script>", "</style>"])
            .find(|(open, _)| tag.starts_with(*open))
            .map(|(_, close)| close);
        rest = match skip_to.and_then(|c| tag.find(c).map(|i| &tag[i + c.len()..])) {
            Some(after) => after,
            None => tag.find('>').map_or("", |i| &tag[i + 1..]),
        };
    }
    text.push_str(rest);
    out.push(("index.html".to_string(), text));
    out
}

/// Numbers shown that are not phone numbers, each with what it is.
const NOT_PHONE_NUMBERS: &[(&str, &str)] = &[
    ("120000", "an amount typed as an example (parse.rs)"),
    ("15000", "yen, in the example of a fraction (parse.rs)"),
    ("36500", "the largest day count a field takes (i18n.rs)"),
    ("500", "the most transactions a case holds (i18n.rs)"),
    (
        "1234567",
        "a 7-digit account number in an example (i18n_report.rs)",
    ),
];

#[test]
fn no_number_is_shown_unless_verified() {
    let mut found = Vec::new();
    for (place, t) in shown_texts() {
        for n in unlisted_numbers(&t)
            .into_iter()
            .filter(|n| !NOT_PHONE_NUMBERS.iter().any(|(x, _)| x == n))
        {
            found.push(format!("{place}: {n:?} in «{t}»"));
        }
    }
    let list: Vec<String> = VERIFIED_NUMBERS
        .iter()
        .map(|v| {
            format!(
                "{} ({}, {}, checked {})",
                v.number, v.who, v.page, v.checked
            )
        })
        .collect();
    assert!(
        found.is_empty(),
        "numbers not on the allow-list (src/engine/phones.rs):\n{}\nthe list:\n{}",
        found.join("\n"),
        list.join("\n")
    );
}

/// The scan reaches each place: a number known to be there is found in the packs (003's line),
/// the UI (the police line on the bank's contact box) and index.html.
#[test]
fn the_scan_reaches_packs_ui_and_the_static_page() {
    let texts = shown_texts();
    let has = |place: &str, n: &str| {
        texts
            .iter()
            .any(|(p, t)| p.ends_with(place) && t.contains(n))
    };
    assert!(has("mishima-shinkin__web-banking.json", "0120-340-030"));
    assert!(has("ui/contact.rs", "#9110"));
    assert!(has("index.html", "188"));
}
