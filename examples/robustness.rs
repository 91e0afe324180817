//! Robustness run: throws generated inputs at the amount, date and time parsers and at the case-file
//! parser, each call inside `catch_unwind`, and prints `robustness: N inputs, 0 panics` (exit 1 on
//! any panic).
//!
//!     cargo run --example robustness [-- --text N --case N --draft N --seed S]
//!
//! Run it in a profile that unwinds (the default dev profile, or `--profile bench-native`): the
//! release profile aborts on panic, which still fails the run but without the report.
//! Deterministic: the same seed gives the same inputs (xorshift64*, no external crates).

use hosho_navi::engine::case::parse_case;
use hosho_navi::engine::parse::{parse_amount_yen, parse_date, parse_time};
use hosho_navi::model::{self as draft, LoadOutcome};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick(&mut self, items: &[&'static str]) -> &'static str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

/// Pieces people (and attackers) type into amount, date and time fields.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "12",
    "30",
    "120",
    "000",
    "2026",
    "1955",
    "9999",
    "0000",
    "１",
    "２",
    "０",
    "９",
    "１２",
    "０００",
    "２０２６",
    ",",
    "，",
    ".",
    "．",
    " ",
    "　",
    "\u{a0}",
    "\u{202f}",
    "\t",
    "\n",
    "万",
    "千",
    "億",
    "兆",
    "円",
    "¥",
    "￥",
    "\\",
    "＼",
    "-",
    "−",
    "－",
    "+",
    "‐",
    "–",
    "e",
    "E",
    "年",
    "月",
    "日",
    "時",
    "分",
    "秒",
    "半",
    "午前",
    "午後",
    "am",
    "pm",
    "a.m.",
    "PM",
    "令和",
    "平成",
    "昭和",
    "元",
    "R",
    "H",
    "S",
    "/",
    "／",
    ":",
    "：",
    "(",
    ")",
    "（",
    "）",
    "月曜日",
    "Mon",
    "Thursday",
    "曜",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "null",
    "true",
    "1e999",
    "-0",
    "NaN",
    "\u{0}",
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "🙂",
    "𠮷",
    "ｶﾞ",
    "\u{301}",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "99999999999999999999",
];

/// Valid inputs to mutate.
const SEEDS: &[&str] = &[
    "120000",
    "１２０，０００",
    "120,000円",
    "¥120,000",
    "120 000",
    "12万円",
    "1.5万",
    "12万3000円",
    "1億2千万円",
    "1,000万円",
    "0",
    "2026-11-23",
    "2026/11/23",
    "2026.11.23",
    "2026年11月23日",
    "２０２６年１１月２３日",
    "令和8年11月23日",
    "R8.11.23",
    "2026/11/23(月)",
    "20261123",
    "09:00",
    "9:00",
    "９：００",
    "9時",
    "9時30分",
    "9時半",
    "午後3時",
    "3:30 pm",
    "23:59:59",
];

fn random_char(rng: &mut Rng) -> char {
    let code = match rng.below(10) {
        0..=2 => 0x20 + rng.below(0x5f) as u32,
        3 => rng.below(0x20) as u32,
        4 => 0xFF01 + rng.below(0x5E) as u32,
        5 => 0x3000 + rng.below(0x100) as u32,
        6 => 0x4E00 + rng.below(0x5200) as u32,
        7 => 0x80 + rng.below(0x780) as u32,
        8 => 0x1F300 + rng.below(0x300) as u32,
        _ => rng.below(0x110000) as u32,
    };
    char::from_u32(code).unwrap_or('\u{fffd}')
}

/// The reverse of `normalize_width`: ASCII → full-width, as a Japanese IME types it.
fn normalize_width_like(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c),
            ' ' => '\u{3000}',
            _ => c,
        })
        .collect()
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            0 => chars.insert(at.min(chars.len()), random_char(rng)),
            1 if !chars.is_empty() => {
                chars.remove(at.min(chars.len() - 1));
            }
            2 if !chars.is_empty() => {
                let i = at.min(chars.len() - 1);
                chars[i] = random_char(rng);
            }
            3 => chars.truncate(at),
            4 => {
                let piece: Vec<char> = rng.pick(PIECES).chars().collect();
                let at = at.min(chars.len());
                chars.splice(at..at, piece);
            }
            _ => {
                let tail: Vec<char> = chars[at.min(chars.len())..].to_vec();
                chars.extend(tail);
            }
        }
    }
    chars.into_iter().collect()
}

fn gen_text(rng: &mut Rng) -> String {
    match rng.below(100) {
        0..=39 => {
            let mut s = String::new();
            for _ in 0..1 + rng.below(12) {
                s.push_str(rng.pick(PIECES));
            }
            s
        }
        40..=74 => {
            let seed = rng.pick(SEEDS);
            mutate(rng, seed)
        }
        75..=87 => (0..rng.below(40)).map(|_| random_char(rng)).collect(),
        88 => {
            // Long inputs (1 in 100): digit runs, separators, unit runs.
            let n = 1 + rng.below(3000);
            let unit = rng.pick(&["9", "0", "１", ",", "万", "0,000", " 000", ".0", "年"]);
            let mut s = unit.repeat(n);
            if rng.chance(50) {
                s.push_str(rng.pick(PIECES));
            }
            s
        }
        89..=93 => {
            // Date-shaped: plausible and implausible numbers, any separator, era, weekday.
            let (y, m, d) = (rng.below(10_000), rng.below(14), rng.below(33));
            let era = rng.pick(&["", "", "", "令和", "平成", "昭和", "R", "H"]);
            let year = if era.is_empty() {
                format!("{y:04}")
            } else {
                format!("{}", y % 70)
            };
            let mut s = match rng.below(4) {
                0 => format!("{era}{year}年{m}月{d}日"),
                1 => format!("{year}{m:02}{d:02}"),
                _ => {
                    let sep = rng.pick(&["-", "/", ".", "－", "／"]);
                    format!("{era}{year}{sep}{m}{sep}{d:02}")
                }
            };
            if rng.chance(20) {
                s.push_str(rng.pick(&["(月)", "（金）", "(Sun)", "(水曜日)", "(x)", ")"]));
            }
            if rng.chance(30) {
                s = normalize_width_like(&s);
            }
            s
        }
        94..=98 => {
            // Time-shaped.
            let (h, m) = (rng.below(27), rng.below(63));
            let s = match rng.below(5) {
                0 => format!("{h}:{m:02}"),
                1 => format!("{h:02}:{m:02}:{:02}", rng.below(62)),
                2 => format!("{h}時{m}分"),
                3 => format!("{}{}時", rng.pick(&["午前", "午後"]), h),
                _ => format!("{h}:{m:02} {}", rng.pick(&["am", "pm", "p.m.", "PM"])),
            };
            if rng.chance(30) {
                normalize_width_like(&s)
            } else {
                s
            }
        }
        _ => {
            // Number-shaped: digit groups with random separators and units.
            let mut s = String::new();
            for _ in 0..1 + rng.below(6) {
                for _ in 0..1 + rng.below(5) {
                    s.push(char::from(b'0' + rng.below(10) as u8));
                }
                s.push_str(rng.pick(&[
                    ",", ".", " ", "万", "千", "億", "円", "-", "/", ":", "年", "月", "日", "時",
                    "分", "",
                ]));
            }
            s
        }
    }
}

const CASE_TEMPLATE: &str = r#"{ "version": 1, "scheme": "mishima-shinkin/web-banking", "customer": "individual", "transactions": [ { "date": "2026-10-25", "time": "09:00", "amount_yen": 300000, "recovered_yen": 0 } ], "notified_on": "2026-11-23", "stolen_on": null, "unavoidable_days": 0, "already_compensated_yen": 0, "answers": { "g1_told_password": false }, "notes": "" }"#;

/// JSON values of the wrong type or out of range, for any field.
const HOSTILE_VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "-0",
    "1e2",
    "1e999",
    "-1e999",
    "18446744073709551616",
    "99999999999999999999999999999999",
    "9007199254740993",
    "\"\"",
    "\"x\"",
    "\"2026-02-30\"",
    "\"9999-99-99\"",
    "\"+275760-09-13\"",
    "\"１２万円\"",
    "\"<script>alert(1)</script>\"",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "[]",
    "{}",
    "[1,2,3]",
    "{\"a\":1}",
    "\"individual\"",
    "\"corporation\"",
    "\"sole_proprietor\"",
    "\"statutory/stolen-card\"",
    "2",
    "1.0",
    "\"1\"",
];

fn nested(rng: &mut Rng) -> String {
    let depth = 1 + if rng.chance(5) {
        rng.below(5000)
    } else {
        rng.below(300)
    };
    let (open, close) = if rng.chance(50) {
        ("[", "]")
    } else {
        ("{\"a\":", "}")
    };
    let mut s = open.repeat(depth);
    s.push('1');
    if rng.chance(70) {
        s.push_str(&close.repeat(depth));
    }
    s
}

fn case_value(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=6 => rng.pick(HOSTILE_VALUES).to_string(),
        7 => nested(rng),
        8 => format!(
            "\"{}\"",
            gen_text(rng).replace('\\', "\\\\").replace('"', "\\\"")
        ),
        _ if rng.chance(2) => "x".repeat(rng.below(100_000)),
        _ => format!("\"{}\"", "x".repeat(rng.below(500))),
    }
}

/// One transaction; each field is hostile with probability `hostile` percent.
fn transaction(rng: &mut Rng, hostile: u64) -> String {
    let field = |name: &str, valid: &str, rng: &mut Rng| {
        if !rng.chance(hostile) {
            format!("\"{name}\": {valid}")
        } else {
            format!("\"{name}\": {}", case_value(rng))
        }
    };
    let mut parts = vec![
        field("date", "\"2026-10-25\"", rng),
        field("time", "\"09:00\"", rng),
        field("amount_yen", "300000", rng),
        field("recovered_yen", "0", rng),
    ];
    if rng.chance(hostile / 2) && !parts.is_empty() {
        let i = rng.below(parts.len());
        parts.remove(i);
    }
    if rng.chance(hostile / 2) {
        parts.push(format!("\"extra\": {}", case_value(rng)));
    }
    format!("{{{}}}", parts.join(","))
}

fn gen_case(rng: &mut Rng) -> String {
    match rng.below(10) {
        // Truncation of the valid file.
        0 => {
            let cut = rng.below(CASE_TEMPLATE.len() + 1);
            String::from_utf8_lossy(&CASE_TEMPLATE.as_bytes()[..cut]).into_owned()
        }
        // Byte flips.
        1 => {
            let mut bytes = CASE_TEMPLATE.as_bytes().to_vec();
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        // Character-level mutation.
        2 => mutate(rng, CASE_TEMPLATE),
        // Deep nesting at the top or in a field.
        3 => {
            if rng.chance(50) {
                nested(rng)
            } else {
                CASE_TEMPLATE.replace("{ \"g1_told_password\": false }", &nested(rng))
            }
        }
        // Field-level: each field valid or hostile; many or odd transactions; unknown / duplicate keys.
        _ => {
            let fields: [(&str, String); 11] = [
                ("version", "1".into()),
                ("scheme", "\"mishima-shinkin/web-banking\"".into()),
                ("customer", "\"individual\"".into()),
                ("transactions", String::new()),
                ("notified_on", "\"2026-11-23\"".into()),
                ("stolen_on", "null".into()),
                ("unavoidable_days", "0".into()),
                ("already_compensated_yen", "0".into()),
                ("answers", "{ \"g1_told_password\": false }".into()),
                ("notes", "\"\"".into()),
                ("extra", "1".into()),
            ];
            // Half the files are mostly valid, to reach the checks behind the first error.
            let hostile = if rng.chance(50) { 3 } else { 25 };
            let mut parts = Vec::new();
            for (name, valid) in fields {
                // Drop a field now and then; add the unknown one only now and then.
                if rng.chance(if name == "extra" { 95 } else { hostile / 2 }) {
                    continue;
                }
                let value = if name == "transactions" {
                    if !rng.chance(hostile / 2) {
                        let n = match rng.below(1000) {
                            0 => 1000,
                            1..=10 => 100,
                            _ => [0usize, 1, 1, 2, 3, 5, 10][rng.below(7)],
                        };
                        let list: Vec<String> = (0..n).map(|_| transaction(rng, hostile)).collect();
                        format!("[{}]", list.join(","))
                    } else {
                        case_value(rng)
                    }
                } else if !rng.chance(hostile) {
                    valid
                } else {
                    case_value(rng)
                };
                parts.push(format!("\"{name}\": {value}"));
                if rng.chance(hostile / 8) {
                    parts.push(format!("\"{name}\": {}", case_value(rng)));
                }
            }
            format!("{{{}}}", parts.join(","))
        }
    }
}

/// A stored draft (`model::stored`), as localStorage might hand it back: whole, cut short, flipped,
/// mutated, with hostile field values, or of another format version.
const DRAFT_TEMPLATE: &str = r#"{"draft_version":1,"id":"2f1c9a","name":"山田様の件","rev":7,"tab":"t-1","updated_ms":1795395600000,"case":{"scenario":"internet_banking","scheme":"mishima-shinkin/web-banking","customer":"individual","transactions":[{"date":"2026-10-25","time":"09:00","amount_yen":"300000","recovered_yen":""}],"notified":true,"notified_on":"2026-11-23","stolen_on":"","unavoidable_days":"","already_compensated_yen":"","answers":{"g1_told_password":false,"g2":null},"notes":""},"ui":{"step":"questions","question":2,"advice":null,"ticks":["notify_bank"],"staff_note":"メモ"}}"#;
const DRAFT_FIELDS: &[&str] = &[
    "\"draft_version\":1",
    "\"rev\":7",
    "\"updated_ms\":1795395600000",
    "\"customer\":\"individual\"",
    "\"question\":2",
    "\"notified\":true",
    "\"ticks\":[\"notify_bank\"]",
    "\"advice\":null",
    "\"amount_yen\":\"300000\"",
    "\"g2\":null",
    "\"name\":\"山田様の件\"",
];

fn gen_draft(rng: &mut Rng) -> String {
    match rng.below(8) {
        0 => {
            let cut = rng.below(DRAFT_TEMPLATE.len() + 1);
            String::from_utf8_lossy(DRAFT_TEMPLATE.as_bytes().get(..cut).unwrap_or_default())
                .into_owned()
        }
        1 => mutate(rng, DRAFT_TEMPLATE),
        2 => gen_text(rng),
        3 => gen_case(rng),
        _ => {
            let mut s = DRAFT_TEMPLATE.to_string();
            for _ in 0..1 + rng.below(3) {
                let field = rng.pick(DRAFT_FIELDS);
                let key = field.split(':').next().unwrap_or(field);
                s = s.replacen(field, &format!("{key}:{}", case_value(rng)), 1);
            }
            s
        }
    }
}

static PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text_n = arg(&args, "--text", 1_000_000);
    let case_n = arg(&args, "--case", 250_000);
    let draft_n = arg(&args, "--draft", 1_000_000);
    let seed = arg(&args, "--seed", 0x5EED_2026_1123);

    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut v) = PANICS.lock() {
            if v.len() < 10 {
                v.push(info.to_string());
            }
        }
    }));

    let mut rng = Rng::new(seed);
    // Per parser: [calls, accepted, panics]. "Accepted" shows the inputs reach the success paths too.
    let mut stats: [(&str, [u64; 3]); 5] = [
        ("parse_amount_yen", [0; 3]),
        ("parse_date", [0; 3]),
        ("parse_time", [0; 3]),
        ("parse_case", [0; 3]),
        ("draft::load", [0; 3]),
    ];
    let mut record = |k: usize, input: &str, outcome: Result<bool, ()>| {
        let Some((name, s)) = stats.get_mut(k) else {
            return;
        };
        s[0] += 1;
        match outcome {
            Ok(accepted) => s[1] += u64::from(accepted),
            Err(()) => {
                s[2] += 1;
                if s[2] <= 5 {
                    let shown: String = input.chars().take(300).collect();
                    eprintln!("PANIC in {name} on {shown:?}");
                }
            }
        }
    };
    let started = std::time::Instant::now();
    for _ in 0..text_n {
        let s = gen_text(&mut rng);
        let r = catch_unwind(AssertUnwindSafe(|| parse_amount_yen(&s).is_ok()));
        record(0, &s, r.map_err(drop));
        let r = catch_unwind(AssertUnwindSafe(|| parse_date(&s).is_ok()));
        record(1, &s, r.map_err(drop));
        let r = catch_unwind(AssertUnwindSafe(|| parse_time(&s).is_ok()));
        record(2, &s, r.map_err(drop));
    }
    for _ in 0..case_n {
        let s = gen_case(&mut rng);
        let r = catch_unwind(AssertUnwindSafe(|| parse_case(&s).is_ok()));
        record(3, &s, r.map_err(drop));
    }
    for _ in 0..draft_n {
        let s = gen_draft(&mut rng);
        let r = catch_unwind(AssertUnwindSafe(|| {
            matches!(
                draft::load(&s),
                LoadOutcome::Ok(_) | LoadOutcome::Migrated(..)
            )
        }));
        record(4, &s, r.map_err(drop));
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Ok(v) = PANICS.lock() {
        for p in v.iter() {
            eprintln!("{p}");
        }
    }
    println!("seed {seed:#x}, {elapsed:.1} s");
    for (name, [n, accepted, p]) in stats {
        println!("  {name:<17} {n:>9} inputs {accepted:>9} accepted {p:>3} panics");
    }
    let calls: u64 = stats.iter().map(|(_, s)| s[0]).sum();
    let panics: u64 = stats.iter().map(|(_, s)| s[2]).sum();
    println!("robustness: {calls} inputs, {panics} panics");
    if panics > 0 {
        std::process::exit(1);
    }
}
