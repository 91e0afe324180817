//! The result as one value (issue 22): built once from the case (`model::Built`) and the
//! assessment, in one language, and rendered by every view: the result screen, the A4 staff
//! summary, the report for the bank, the police sheet, the `.txt` file and print. Views choose
//! which parts they show; the wording of a part is decided here only. Pure Rust (no leptos,
//! web-sys or gloo), tested natively (`tests.rs`).
//!
//! - `text.rs`: the texts the document writes, per language (the UI's tables reuse them);
//! - `format.rs`: dates, times, yen, urgency;
//! - `report.rs` / `report_text.rs`: the report for the bank and the police sheet as sections.

pub mod format;
pub mod report;
pub mod report_text;
#[cfg(test)]
mod tests;
pub mod text;

use crate::engine::assess::{
    Assessment, CallBy, Deadline, DeadlineKind, LossReason, Missing, ReasonEffect, Verdict,
};
use crate::engine::calendar::is_bank_closed;
use crate::engine::case::Customer;
use crate::engine::facts;
use crate::engine::pack::{self, Counts, Pack, QuestionKind};
use crate::engine::parse::parse_time;
use crate::engine::Lang;
use crate::model::Built;
use format::Urgency;
use text::{texts, DocTexts};

/// The verdict in words: the engine's own label, so no view words one verdict differently.
pub fn verdict_text(v: Verdict, lang: Lang) -> &'static str {
    v.label().get(lang)
}

/// How a verdict reads at a glance (the screen's colour follows, never alone).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tone {
    Ok,
    Warn,
    None,
}

impl Tone {
    pub fn of(v: Verdict) -> Self {
        match v {
            Verdict::Full | Verdict::Capped | Verdict::Partial => Tone::Ok,
            Verdict::Reduced
            | Verdict::ReducedOpenRate
            | Verdict::CaseByCase
            | Verdict::NeedsInfo => Tone::Warn,
            Verdict::None => Tone::None,
        }
    }
}

/// Whose account it is, in words.
pub fn customer_text(c: Customer, lang: Lang) -> &'static str {
    let t = texts(lang);
    match c {
        Customer::Individual => t.customer_individual,
        Customer::SoleProprietor => t.customer_sole,
        Customer::Corporation => t.customer_corporation,
    }
}

/// The amount: one figure, a range, or (a reduction at a rate the bank sets) "reduced from" the
/// covered total, which must not read as "0円 to …", a possible refusal.
pub fn amount_text(a: &Assessment, lang: Lang) -> String {
    let t = texts(lang);
    let r = a.compensable_yen;
    if a.verdict == Verdict::ReducedOpenRate {
        (t.amount_reduced_open)(&format::yen(t, r.high))
    } else if r.low == r.high {
        format::yen(t, r.low)
    } else {
        (t.amount_range)(&format::yen(t, r.low), &format::yen(t, r.high))
    }
}

/// What the estimate presumes about facts the bank must prove (`Assessment::presumed`), each
/// once, in the pack's words: said beside the amount wherever it is written.
pub fn presumed_texts(a: &Assessment, lang: Lang) -> Vec<&'static str> {
    let Some(p) = pack::pack(a.scheme) else {
        return Vec::new();
    };
    let mut out: Vec<&'static str> = Vec::new();
    for q in a.presumed.iter().filter_map(|id| p.question(id)) {
        if let Some(x) = q.presumed.map(|x| x.get(lang)) {
            if !out.contains(&x) {
                out.push(x);
            }
        }
    }
    out
}

/// Why a loss is not covered, in words.
pub fn loss_reason_text(r: LossReason, lang: Lang) -> &'static str {
    let t = texts(lang);
    match r {
        LossReason::CustomerType => t.reason_customer_type,
        LossReason::BeforeStart => t.reason_before_start,
        LossReason::AfterNotice => t.reason_after_notice,
        LossReason::Window => t.reason_window,
        LossReason::TwoYearBar => t.reason_two_year_bar,
        LossReason::TimeUnknown => t.reason_time_unknown,
        LossReason::StartAmbiguous => t.reason_start_ambiguous,
    }
}

/// What a bank holiday does to a deadline: "may run to …" for a period counted forward, "not
/// extended" for one counted back from the notice whose last day is closed.
pub fn holiday_text(lang: Lang, d: &Deadline) -> Option<String> {
    let t = texts(lang);
    match d.may_be_extended_to {
        Some(x) => Some((t.may_be_extended)(&format::date(t, x))),
        None if d.counts == Counts::BackFromNotice && is_bank_closed(d.date) => {
            Some(t.not_extended_back.to_string())
        }
        None => None,
    }
}

/// "事務応援課の受付は 12月18日(金) 17:00 まで…", where the pack names that line.
pub fn call_by_text(lang: Lang, p: &Pack, cb: &CallBy) -> Option<String> {
    let t = texts(lang);
    let line = p.contacts.iter().find(|c| c.id == cb.contact)?;
    Some((t.call_by)(
        line.name.get(lang),
        &format::date_time(t, cb.at),
    ))
}

/// Whether the bank was told (not assumed today) on or before `last_day`.
pub fn notified_by(a: &Assessment, last_day: chrono::NaiveDate) -> bool {
    !a.notice_assumed_today && a.notice_date <= last_day
}

/// Whether the bank has been told: what the top of every view says instead of "tell the bank now".
#[derive(Clone, PartialEq, Debug)]
pub enum Notice {
    /// Not yet: the engine's advice, to act now.
    NotYet { advice: &'static str },
    /// Told: when (the time as recorded, where there is one), and that the result counts from it.
    Told { line: String, counted: String },
}

/// The verdict, the amount and what is said beside it.
#[derive(Clone, PartialEq, Debug)]
pub struct VerdictPart {
    pub verdict: Verdict,
    pub tone: Tone,
    pub text: &'static str,
    pub amount_label: &'static str,
    pub amount: String,
    pub cap_note: Option<&'static str>,
    pub presumed: Vec<&'static str>,
    /// Where the verdict waits for answers: where to find them.
    pub explain: Option<&'static str>,
}

/// A deadline: the last day, how pressing it is (or that the notice met it), and what a bank
/// holiday or the line's hours do to it.
#[derive(Clone, PartialEq, Debug)]
pub struct DeadlineLine {
    pub label: &'static str,
    pub date: String,
    pub days_left: i64,
    pub urgency: Urgency,
    pub urgency_text: &'static str,
    /// "あと 3 日", or "notified in time" where the notice met it.
    pub days_text: String,
    pub met: bool,
    pub holiday: Option<String>,
    pub call_by: Option<String>,
}

/// A step of the plan.
#[derive(Clone, PartialEq, Debug)]
pub struct StepLine {
    pub id: &'static str,
    pub text: &'static str,
    pub done_hint: bool,
    pub doc: &'static str,
    pub clause: &'static str,
}

/// Something unanswered that could change the outcome, once, in words, with where it is answered.
#[derive(Clone, PartialEq, Debug)]
pub struct MissingLine {
    pub what: Missing,
    pub text: String,
    /// The question's index in the pack (a question), to go and answer it.
    pub question: Option<usize>,
    /// The engine says its answer can change the outcome (`Assessment::missing`).
    pub matters: bool,
}

/// Whether a loss is covered, as the row says it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Coverage {
    Yes,
    No,
    Unknown,
}

/// One loss as every view writes it.
#[derive(Clone, PartialEq, Debug)]
pub struct LossRow {
    /// The row number on screen.
    pub n: usize,
    pub heading: String,
    pub when: String,
    pub gross: String,
    pub recovered: String,
    pub net: String,
    pub coverage: Coverage,
    pub covered_text: &'static str,
    pub reason: Option<&'static str>,
    pub notify_by: Option<String>,
    /// Days left to notify (with its urgency), unless the notice met it.
    pub days: Option<(i64, Urgency, String)>,
    pub in_time: bool,
}

/// A reason: what it says, the answer it rests on, and its clause.
#[derive(Clone, PartialEq, Debug)]
pub struct ReasonLine {
    pub text: String,
    /// The effect under the clause (an answered question: "fact → effect").
    pub effect: Option<String>,
    /// The answer the reason rests on, in words ("あなたの答え：…").
    pub rests_on: Option<String>,
    pub adverse: bool,
    pub unknown: bool,
    pub doc: &'static str,
    pub clause: &'static str,
    pub clause_text: &'static str,
}

/// The result as one value. Every part is worded here; views pick parts.
#[derive(Clone, PartialEq, Debug)]
pub struct ResultDoc {
    pub lang: Lang,
    pub scheme: Option<&'static str>,
    pub customer: Option<&'static str>,
    pub notice: Notice,
    pub verdict: VerdictPart,
    pub first_deadline: Option<DeadlineLine>,
    pub steps: Vec<StepLine>,
    /// Each unanswered item once: a loss's time, then the questions still to answer (what the
    /// bank must prove is under `bank_decides`, never asked).
    pub missing: Vec<MissingLine>,
    pub losses: Vec<LossRow>,
    pub deadlines: Vec<DeadlineLine>,
    /// The scheme's own limits (reasons that are not a question).
    pub limits: Vec<ReasonLine>,
    /// Each answer given, as the fact it states and what it does.
    pub facts: Vec<ReasonLine>,
    /// What the bank must prove and nobody has answered.
    pub bank_decides: Vec<ReasonLine>,
}

impl ResultDoc {
    /// The first `n` steps not done yet, the ones the top of the result shows.
    pub fn next_steps(&self, n: usize) -> impl Iterator<Item = &StepLine> {
        self.steps.iter().filter(|s| !s.done_hint).take(n)
    }
}

fn deadline_line(lang: Lang, a: &Assessment, p: Option<&Pack>, d: &Deadline) -> DeadlineLine {
    let t = texts(lang);
    let met = d.kind == DeadlineKind::Notify && notified_by(a, d.date);
    let urgency = Urgency::of(d.days_left);
    DeadlineLine {
        label: d.label.get(lang),
        date: format::date(t, d.date),
        days_left: d.days_left,
        urgency,
        urgency_text: urgency.label(t),
        days_text: if met {
            t.notified_in_time.to_string()
        } else {
            (t.days_left)(d.days_left)
        },
        met,
        holiday: holiday_text(lang, d),
        call_by: d
            .call_by
            .zip(p)
            .and_then(|(cb, p)| call_by_text(lang, p, &cb)),
    }
}

/// The line for a missing item, or `None` for what the bank decides (listed with the reasons).
fn missing_line(lang: Lang, p: Option<&Pack>, built: &Built, m: Missing) -> Option<MissingLine> {
    let t = texts(lang);
    match m {
        Missing::Transactions => Some(MissingLine {
            what: m,
            text: t.missing_transactions.to_string(),
            question: None,
            matters: true,
        }),
        Missing::Time(i) => Some(MissingLine {
            what: m,
            text: (t.missing_time)(built.rows.get(i).copied().unwrap_or(i + 1)),
            question: None,
            matters: true,
        }),
        Missing::Question(id) => {
            let q = p.and_then(|p| p.question(id));
            if q.is_some_and(|q| q.kind != QuestionKind::Ask) {
                return None;
            }
            Some(MissingLine {
                what: m,
                text: q.map_or_else(|| id.to_string(), |q| q.text.get(lang).to_string()),
                question: p.and_then(|p| p.questions.iter().position(|q| q.id == id)),
                matters: true,
            })
        }
    }
}

/// Builds the result document. `notified_at` is the time of the notice as recorded ("13:00"),
/// shown beside its date and never assessed.
pub fn build(lang: Lang, a: &Assessment, built: &Built, notified_at: &str) -> ResultDoc {
    let t = texts(lang);
    let p = pack::pack(a.scheme);
    let case = built.case.as_ref();
    let notice = if a.notice_assumed_today {
        Notice::NotYet {
            advice: a.advice.get(lang),
        }
    } else {
        let mut when = format::date(t, a.notice_date);
        if let Ok(tm) = parse_time(notified_at.trim()) {
            when.push(' ');
            when.push_str(&format::time(t, tm));
        }
        Notice::Told {
            line: (t.called_line)(&when),
            counted: (t.notified_on_line)(&format::date(t, a.notice_date)),
        }
    };
    let verdict = VerdictPart {
        verdict: a.verdict,
        tone: Tone::of(a.verdict),
        text: verdict_text(a.verdict, lang),
        amount_label: t.amount_label,
        amount: amount_text(a, lang),
        cap_note: a.cap_note.map(|n| n.get(lang)),
        presumed: presumed_texts(a, lang),
        explain: (a.verdict == Verdict::NeedsInfo).then_some(t.verdict_explain_needs_info),
    };
    let deadlines: Vec<DeadlineLine> = a
        .deadlines
        .iter()
        .map(|d| deadline_line(lang, a, p, d))
        .collect();
    let steps = a
        .steps
        .iter()
        .map(|s| StepLine {
            id: s.id,
            text: s.text.get(lang),
            done_hint: s.done_hint,
            doc: s.cite.doc(),
            clause: s.cite.clause(),
        })
        .collect();
    // One list of what is unanswered: the losses or their times first, then every question
    // still to answer in pack order (わからない included: the victim's own duties among them,
    // issue 21), each once, those that can change the outcome marked.
    let mut missing: Vec<MissingLine> = Vec::new();
    let (no_answers, no_none) = Default::default();
    let answers = case.map_or(&no_answers, |c| &c.answers);
    let none = case.map_or(&no_none, |c| &c.none);
    let open_questions = p.map(|p| facts::unanswered(p, answers)).unwrap_or_default();
    let asked = open_questions.iter().map(|q| Missing::Question(q.id));
    let engine_q = a
        .missing
        .iter()
        .filter(|m| matches!(m, Missing::Question(_)))
        .copied();
    let order = a
        .missing
        .iter()
        .filter(|m| !matches!(m, Missing::Question(_)))
        .copied()
        .chain(asked)
        .chain(engine_q);
    for m in order {
        if let Some(mut l) = missing_line(lang, p, built, m) {
            if !missing.iter().any(|x| x.what == l.what) {
                l.matters = a.missing.contains(&m);
                missing.push(l);
            }
        }
    }
    let txs = case.map(|c| c.transactions.as_slice()).unwrap_or_default();
    let losses = a
        .transactions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let n = built.rows.get(i).copied().unwrap_or(i + 1);
            let when = txs
                .get(i)
                .map(|x| {
                    let mut w = format::date(t, x.date);
                    if let Some(tm) = x.time {
                        w.push(' ');
                        w.push_str(&format::time(t, tm));
                    }
                    w
                })
                .unwrap_or_default();
            // A loss in time on a case the answers rule out is not "covered" (issue 22).
            let excluded = a.verdict == Verdict::None && r.covered == Some(true);
            let (coverage, covered_text) = match r.covered {
                _ if excluded => (Coverage::No, t.covered_no),
                Some(true) => (Coverage::Yes, t.covered_yes),
                Some(false) => (Coverage::No, t.covered_no),
                None => (Coverage::Unknown, t.covered_unknown),
            };
            let reason = if excluded {
                Some(t.reason_case_excluded)
            } else {
                r.reason.map(|x| loss_reason_text(x, lang))
            };
            let in_time = r.notify_by.is_some_and(|d| notified_by(a, d));
            LossRow {
                n,
                heading: (t.loss_heading)(n),
                when,
                gross: format::yen(t, r.gross_yen),
                recovered: format::yen(t, r.recovered_yen),
                net: format::yen(t, r.net_yen),
                coverage,
                covered_text,
                reason,
                notify_by: r.notify_by.map(|d| format::date(t, d)),
                days: (!in_time)
                    .then(|| r.days_left.map(|d| (d, Urgency::of(d), (t.days_left)(d))))
                    .flatten(),
                in_time,
            }
        })
        .collect();
    let mut limits = Vec::new();
    let mut fact_lines = Vec::new();
    let mut bank = Vec::new();
    if let Some(p) = p {
        // Question reasons are said as facts; the rest are the scheme's own limits, each with
        // the answer it rests on where one of the case's answers decides it.
        for r in a.reasons.iter().filter(|r| p.question(r.code).is_none()) {
            let rests_on = match r.code {
                "customer_type" => case.map(|c| (t.your_answer)(customer_text(c.customer, lang))),
                "window" | "after_notice" | "two_year_bar" if !a.notice_assumed_today => {
                    Some((t.your_answer)(&format::date(t, a.notice_date)))
                }
                _ => None,
            };
            limits.push(ReasonLine {
                text: r.text.get(lang).to_string(),
                effect: None,
                rests_on,
                adverse: r.effect == ReasonEffect::Excludes,
                unknown: r.effect == ReasonEffect::Todo,
                doc: r.cite.doc(),
                clause: r.cite.clause(),
                clause_text: r.clause_text,
            });
        }
        for l in facts::answered(p, answers, none, lang) {
            let q = l.question;
            fact_lines.push(ReasonLine {
                text: l.fact.to_string(),
                effect: Some(l.effect),
                rests_on: None,
                adverse: l.adverse,
                unknown: false,
                doc: q.cite.doc(),
                clause: q.cite.clause(),
                clause_text: q.clause_text,
            });
        }
        for q in facts::bank_decides(p, answers) {
            bank.push(ReasonLine {
                text: q.text.get(lang).to_string(),
                effect: Some(facts::pending_phrase(q, lang)),
                rests_on: None,
                adverse: false,
                unknown: false,
                doc: q.cite.doc(),
                clause: q.cite.clause(),
                clause_text: q.clause_text,
            });
        }
    }
    ResultDoc {
        lang,
        scheme: p.map(|p| p.name.get(lang)),
        customer: case.map(|c| customer_text(c.customer, lang)),
        notice,
        verdict,
        first_deadline: deadlines.first().cloned(),
        steps,
        missing,
        losses,
        deadlines,
        limits,
        facts: fact_lines,
        bank_decides: bank,
    }
}

/// "印刷日時（日本時間）：…": the one wording of the print time, stamped by the UI's one clock.
pub fn printed_at(lang: Lang, at: chrono::NaiveDateTime) -> String {
    let t: &DocTexts = texts(lang);
    (t.printed_at)(&format::date_time(t, at))
}
