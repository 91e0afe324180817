//! The case-file CLI, for rule-pack authors and batch checks.
//!
//! ```text
//! cargo run --release --example assess -- --today YYYY-MM-DD CASE.json
//! cargo run --release --example assess -- --questions SCHEME
//! cargo run --release --example assess -- --calendar YEAR
//! ```
//! Prints JSON on stdout. Bad input: exit 2 with one line on stderr.

use hosho_navi::engine::assess::assess;
use hosho_navi::engine::calendar::{holidays_in_year, FIRST_COMPUTED_YEAR, LAST_COMPUTED_YEAR};
use hosho_navi::engine::case::{parse_case, MAX_CASE_BYTES};
use hosho_navi::engine::pack::{pack, packs, Cite, Effects};
use hosho_navi::engine::{Lang, Text};
use serde::Serialize;
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str =
    "usage: assess --today YYYY-MM-DD CASE.json | --questions SCHEME | --calendar YEAR";

#[derive(Serialize)]
struct QuestionOut {
    id: &'static str,
    text: Text,
    cite: Cite,
    effects: Effects,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    requires: &'static [&'static str],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    softens: &'static [&'static str],
    #[serde(skip_serializing_if = "Option::is_none")]
    ratio: Option<hosho_navi::engine::pack::Ratio>,
}

fn fail(msg: impl AsRef<str>) -> ExitCode {
    // One line, whatever the message contains.
    let line: String = msg
        .as_ref()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    eprintln!("assess: {line}");
    ExitCode::from(2)
}

fn print_json<T: Serialize>(v: &T) -> ExitCode {
    match serde_json::to_string_pretty(v) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("cannot write JSON: {e}")),
    }
}

fn read_case_file(path: &str) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
    // Read one byte past the limit so that a too-large file is reported as such, not truncated.
    let mut buf = Vec::new();
    file.take(MAX_CASE_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read {path}: {e}"))?;
    if buf.len() > MAX_CASE_BYTES {
        return Err(format!("{path}: the file is larger than 1 MiB"));
    }
    String::from_utf8(buf).map_err(|_| format!("{path}: not UTF-8 text"))
}

fn run(args: &[String]) -> ExitCode {
    match args {
        [flag, date, path] if flag == "--today" => {
            let Ok(today) = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
                return fail(format!("--today: \"{date}\" is not a YYYY-MM-DD date"));
            };
            let text = match read_case_file(path) {
                Ok(t) => t,
                Err(e) => return fail(e),
            };
            let case = match parse_case(&text) {
                Ok(c) => c,
                Err(errors) => {
                    let all: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
                    return fail(format!("{path}: {}", all.join("; ")));
                }
            };
            match assess(&case, today) {
                Ok(a) => print_json(&a),
                Err(e) => fail(e.message(Lang::En)),
            }
        }
        [flag, scheme] if flag == "--questions" => {
            let Some(p) = pack(scheme) else {
                let ids: Vec<&str> = packs().iter().map(|p| p.id).collect();
                return fail(format!("no scheme \"{scheme}\"; known: {}", ids.join(", ")));
            };
            let out: Vec<QuestionOut> = p
                .questions
                .iter()
                .map(|q| QuestionOut {
                    id: q.id,
                    text: q.text,
                    cite: q.cite,
                    effects: q.effects,
                    requires: q.requires,
                    softens: q.softens,
                    ratio: q.ratio,
                })
                .collect();
            print_json(&out)
        }
        [flag, year] if flag == "--calendar" => match year.parse::<i32>() {
            Ok(y) if (FIRST_COMPUTED_YEAR..=LAST_COMPUTED_YEAR).contains(&y) => print_json(&holidays_in_year(y)),
            _ => fail(format!(
                "--calendar: \"{year}\" is not a year from {FIRST_COMPUTED_YEAR} to {LAST_COMPUTED_YEAR}"
            )),
        },
        _ => fail(USAGE),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    run(&args)
}
