//! Prints the median time of `assess` on a 100-loss case (a figure, not a test; budget ≤ 20 µs).
//! `cargo run --release --example bench_assess`
//!
//! The case takes the costliest path: every loss not yet notified (deadlines and holidays), half
//! the questions answered harmlessly and half unknown (verdict `needs_info`: the range and the
//! search for what could change it both run). The schemes are measured in interleaved blocks, and
//! both the overall median and the quietest block's median are printed, because the machine this
//! runs on is often shared.

use hosho_navi::engine::assess::{assess, Verdict};
use hosho_navi::engine::case::{CaseFile, Customer, Transaction};
use hosho_navi::engine::pack::{pack, Effect};
use std::hint::black_box;
use std::time::Instant;

const SCHEMES: [&str; 3] = [
    "mishima-shinkin/web-banking",
    "higashi-nippon/business-ib",
    "statutory/stolen-card",
];
const BLOCKS: usize = 10;
const RUNS: usize = 2_000;

fn case_for(scheme: &str, today: chrono::NaiveDate) -> CaseFile {
    let mut case = CaseFile::new(scheme, Customer::SoleProprietor);
    for i in 0..100u64 {
        case.transactions.push(Transaction {
            date: today - chrono::Days::new(i % 45),
            time: None,
            amount_yen: 10_000 + i * 1_234,
            recovered_yen: i % 7 * 100,
        });
    }
    if let Some(p) = pack(scheme) {
        for (i, q) in p.questions.iter().enumerate() {
            if i % 2 == 0 {
                case.answers
                    .insert(q.id.to_string(), q.effects.yes == Effect::Ok);
            }
        }
    }
    case
}

fn median(v: &mut [u128]) -> f64 {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default() as f64 / 1000.0
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let cases: Vec<CaseFile> = SCHEMES.iter().map(|s| case_for(s, today)).collect();
    for c in &cases {
        let verdict = assess(c, today).map(|a| a.verdict);
        assert_eq!(verdict, Ok(Verdict::NeedsInfo), "{}", c.scheme);
    }
    let mut all: Vec<Vec<u128>> = vec![Vec::with_capacity(BLOCKS * RUNS); SCHEMES.len()];
    let mut block_medians: Vec<Vec<f64>> = vec![Vec::new(); SCHEMES.len()];
    for _ in 0..BLOCKS {
        for (k, c) in cases.iter().enumerate() {
            let mut times = Vec::with_capacity(RUNS);
            for _ in 0..RUNS {
                let t = Instant::now();
                let a = assess(black_box(c), black_box(today));
                black_box(&a);
                times.push(t.elapsed().as_nanos());
            }
            if let Some(v) = all.get_mut(k) {
                v.extend_from_slice(&times);
            }
            if let Some(v) = block_medians.get_mut(k) {
                v.push(median(&mut times));
            }
        }
    }
    for (k, scheme) in SCHEMES.iter().enumerate() {
        let overall = all.get_mut(k).map(|v| median(v)).unwrap_or_default();
        let best = block_medians
            .get(k)
            .and_then(|v| v.iter().copied().reduce(f64::min))
            .unwrap_or_default();
        println!(
            "assess, 100 losses, {scheme}: median {overall:.2} µs (quietest block {best:.2} µs; budget 20 µs)"
        );
    }
}
