//! Reads the rule packs in `src/engine/packs/*.json`, checks every one, and writes them as Rust
//! statics to `$OUT_DIR/packs_generated.rs` (included by `src/engine/pack.rs`). A pack that fails a
//! check stops the build with a message naming the file, the pack id and the field.
//!
//! By concern: `build/schema.rs` (the pack JSON as serde structs), `build/checks.rs` (the checks
//! and their messages), `build/codegen.rs` (the Rust written out); this file loads, checks, writes.

#[path = "build/brokerage.rs"]
mod brokerage;
#[path = "build/checks.rs"]
mod checks;
#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/schema.rs"]
mod schema;

use schema::{Loaded, Pack};
use std::path::{Path, PathBuf};

const PACK_DIR: &str = "src/engine/packs";
/// Every question id ever used, with its effects (`checks::check_ledger`); beside the packs.
const LEDGER: &str = "ledger.json";

fn main() {
    build_brokerage();
    // scripts/check-pack-refusals.sh points this at broken copies to prove they fail the build.
    println!("cargo:rerun-if-env-changed=HN_PACK_DIR");
    let dir = std::env::var("HN_PACK_DIR").unwrap_or_else(|_| PACK_DIR.to_string());
    let dir = dir.as_str();
    println!("cargo:rerun-if-changed={dir}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/schema.rs");
    println!("cargo:rerun-if-changed=build/checks.rs");
    println!("cargo:rerun-if-changed=build/codegen.rs");

    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter(|p| p.file_name().is_none_or(|n| n != LEDGER))
            .collect(),
        Err(e) => panic!("cannot read {dir}: {e}"),
    };
    files.sort();

    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let file = path.display().to_string();
        let raw = match std::fs::read_to_string(path) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{file}: cannot read: {e}"));
                continue;
            }
        };
        match serde_json::from_str::<Pack>(&raw) {
            Ok(pack) => loaded.push(Loaded { file, pack }),
            Err(e) => errors.push(format!(
                "{file} (pack {}): {e}",
                pack_id_hint(&raw).unwrap_or_else(|| "?".into())
            )),
        }
    }
    if loaded.is_empty() && errors.is_empty() {
        errors.push(format!("{dir}: no pack files"));
    }

    errors.extend(checks::check_all(&loaded));
    let ledger_path = Path::new(dir).join(LEDGER);
    println!("cargo:rerun-if-changed={}", ledger_path.display());
    let ledger = match std::fs::read_to_string(&ledger_path)
        .map_err(|e| e.to_string())
        .and_then(|raw| serde_json::from_str::<schema::Ledger>(&raw).map_err(|e| e.to_string()))
    {
        Ok(l) => l,
        Err(e) => {
            errors.push(format!("{}: {e}", ledger_path.display()));
            schema::Ledger::default()
        }
    };
    errors.extend(checks::check_ledger(
        &loaded,
        &ledger,
        &ledger_path.display().to_string(),
    ));

    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning=rule pack error: {e}");
        }
        panic!("invalid rule pack(s):\n  {}", errors.join("\n  "));
    }

    loaded.sort_by_key(|l| l.pack.order);
    // scripts/pack-size.sh builds once with this set to measure what the packs cost in the wasm:
    // the packs are left out, and `packs()` hides its slice behind `black_box`, so the code stays.
    println!("cargo:rerun-if-env-changed=HN_MEASURE_WITHOUT_PACKS");
    let code = if std::env::var_os("HN_MEASURE_WITHOUT_PACKS").is_some() {
        String::from("static PACKS: [Pack; 0] = [];\n")
    } else {
        codegen::generate(&loaded, &ledger)
    };
    let out = match std::env::var("OUT_DIR") {
        Ok(o) => Path::new(&o).join("packs_generated.rs"),
        Err(e) => panic!("OUT_DIR not set: {e}"),
    };
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}

fn pack_id_hint(raw: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v.get("id")?.as_str().map(str::to_owned)
}

/// The brokerage data (issue 25): its own file, schema and checks (`build/brokerage.rs`).
fn build_brokerage() {
    println!("cargo:rerun-if-env-changed=HN_BROKERAGE_FILE");
    println!("cargo:rerun-if-changed=build/brokerage.rs");
    let file = std::env::var("HN_BROKERAGE_FILE")
        .unwrap_or_else(|_| "src/engine/brokerage/brokerage.json".to_string());
    println!("cargo:rerun-if-changed={file}");
    let out = match std::env::var("OUT_DIR") {
        Ok(o) => Path::new(&o).join("brokerage_generated.rs"),
        Err(e) => panic!("OUT_DIR not set: {e}"),
    };
    let errors = brokerage::build(&file, &out);
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning=brokerage data error: {e}");
        }
        panic!("invalid brokerage data:\n  {}", errors.join("\n  "));
    }
}
