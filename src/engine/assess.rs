//! The assessment: from a case file and "today" (Japan time, an input) to a verdict, an amount
//! range, per-loss deadlines, the reasons with their clauses, and the next steps.
//!
//! Two layers, kept apart because they answer different things:
//! - per loss (`transactions`): is it inside the scheme at all: customer type, scheme start, the
//!   notice window, the two-year bar, dated after the notice. Answers never change this.
//! - per claim (the answers): a factor applied to the whole covered total: full, a fixed ratio,
//!   case by case, or excluded. Unknown answers are evaluated twice, pessimistically and
//!   optimistically; the effects are monotone, so these two bound every possible assignment.
//!
//! One file (~1,200 lines; tests in `assess_tests.rs`): both layers meet in `assess` and share the
//! private `Factor` algebra, and `scripts/mutants.sh` mutates this file by name.

use super::calendar::holidays_in_year;
use super::calendar::last_open_on_or_before_by;
use super::case::{CaseFile, Transaction};
use super::pack::{
    pack, AtStartMinute, Burden, Cite, Clause, Counts, CustomerRule, DoneIf, Effect, Note, Pack,
    Question, Ratio, CIVIL_CODE_142,
};
use super::{Lang, Text};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use serde::Serialize;
use std::cmp::Ordering;

/// The verdict. `Ord` is by severity, most severe first: `None < NeedsInfo < … < Full`.
///
/// **Precedence.** Where several apply, the verdict is the first of them in this (the `Ord`) order,
/// so that it names what limits the claim most; the reasons still list every rule that fired:
/// 1. `None`: the customer type is outside the scheme, no loss can be inside it, or the answers
///    exclude the claim even at best. Nothing else matters then: not an unknown answer, not the
///    cap (whose reason is then left out).
/// 2. `NeedsInfo`: an unknown answer or loss time could change the outcome; low and high show
///    both ends, the cap already applied.
/// 3. `CaseByCase`: the answers leave it to the bank, or a loss is at 002's ambiguous start
///    minute; a binding cap only lowers `high`.
/// 4. `ReducedOpenRate`: the answers give a reduction whose rate the source leaves to the bank
///    (003's 「補償減額」): low 0, high the covered total.
/// 5. `Reduced`: a fixed ratio (stolen card, 3/4) on the total of the covered losses.
/// 6. `Capped`: the cap binds, even where some losses are outside the window or the start.
/// 7. `Partial`: some losses are outside the scheme, the rest in full.
/// 8. `Full`.
///
/// No pack has a ratio together with a cap. The stolen-card pack has a ratio beside a
/// case-by-case answer (a card handed over): the verdict is then case by case, and its high end is
/// bounded by the ratio (`ratio_cap`). `tests::verdict_precedence_through_assess` checks the pairs that can meet, through `assess`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Not covered (likely: the bank decides).
    None,
    /// An answer or a loss time is missing and could change the outcome.
    NeedsInfo,
    /// The bank decides; low is 0 unless some losses are certainly covered in full.
    CaseByCase,
    /// Reduced at a rate the bank sets (the source names a reduction, not its ratio).
    ReducedOpenRate,
    /// A fixed ratio (the stolen-card 75%).
    Reduced,
    /// Covered up to the cap (less compensation already received).
    Capped,
    /// Some losses fall outside the window or the scheme; the rest in full.
    Partial,
    /// Every reported loss in full.
    Full,
}

impl Verdict {
    /// Plain words for the verdict: "likely", never a promise.
    pub fn label(self) -> Text {
        match self {
            Verdict::None => crate::text!("補償の対象外となる可能性が高い", "Likely not covered"),
            Verdict::NeedsInfo => crate::text!("判断にはまだ情報が必要", "More information needed"),
            Verdict::CaseByCase => crate::text!("銀行の個別判断", "Up to the bank, case by case"),
            Verdict::ReducedOpenRate => crate::text!(
                "減額して補償される見込み（割合は銀行が決めます）",
                "Likely covered at a reduced rate (the bank sets the rate)",
            ),
            Verdict::Reduced => crate::text!(
                "減額して補償される見込み",
                "Likely covered at a reduced rate",
            ),
            Verdict::Capped => {
                crate::text!("上限額まで補償される見込み", "Likely covered up to the cap")
            }
            Verdict::Partial => crate::text!("一部が補償される見込み", "Likely partly covered"),
            Verdict::Full => crate::text!("全額が補償される見込み", "Likely covered in full"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YenRange {
    pub low: u64,
    pub high: u64,
}

/// Why a loss is not (or not surely) inside the scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LossReason {
    CustomerType,
    BeforeStart,
    /// Dated after the notice: not notified yet. Assessed as if notified today (Japan time), with
    /// its own last day; notify the bank about it too.
    AfterNotice,
    Window,
    TwoYearBar,
    /// On the start date of a scheme that starts at a minute, with no time given.
    TimeUnknown,
    /// At exactly the start minute where the source contradicts itself (002).
    StartAmbiguous,
}

impl LossReason {
    pub fn as_str(self) -> &'static str {
        match self {
            LossReason::CustomerType => "customer_type",
            LossReason::BeforeStart => "before_start",
            LossReason::AfterNotice => "after_notice",
            LossReason::Window => "window",
            LossReason::TwoYearBar => "two_year_bar",
            LossReason::TimeUnknown => "time_unknown",
            LossReason::StartAmbiguous => "start_ambiguous",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TransactionResult {
    /// Inside the scheme (customer type, start, window, bar, notice date); `None` when that hinges
    /// on something unknown or contradictory. The answers act on the whole claim, not here.
    pub covered: Option<bool>,
    /// The last notice date that still covers this loss under the scheme's own wording; `None`
    /// where the scheme sets no notice period.
    pub notify_by: Option<NaiveDate>,
    /// `notify_by` − today, in days (negative once passed).
    pub days_left: Option<i64>,
    pub reason: Option<LossReason>,
    /// The loss as entered.
    pub gross_yen: u64,
    /// Money already returned on it.
    pub recovered_yen: u64,
    /// Amount minus money returned on it, never below 0.
    pub net_yen: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonEffect {
    Excludes,
    /// A reduction: by `ratio` where set, else at a rate the bank sets.
    Reduces,
    CaseByCase,
    Todo,
    Caps,
}

/// A rule that fired, with its citation and original wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// A question id, or one of: customer_type, before_start, start, start_conflict, window,
    /// two_year_bar, after_notice, case_by_case, cap.
    pub code: &'static str,
    pub cite: Cite,
    pub clause_text: &'static str,
    pub text: Text,
    /// The question's group title (e.g. 003's 「重大な過失」となりうるケース).
    pub group: Option<Text>,
    pub effect: ReasonEffect,
    /// The answer given, for question reasons.
    pub answer: Option<bool>,
    pub ratio: Option<Ratio>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    Notify,
    TwoYearBar,
}

/// The last moment the scheme's listed line ([`Pack::notice_line`]) is open on or before a
/// deadline's last day: its hours end before the day does, and a last day on a closed day falls
/// back to the previous open one ("call by Fri 12-18 17:00").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CallBy {
    #[serde(serialize_with = "ser_minute")]
    pub at: NaiveDateTime,
    /// The contact's id in the pack.
    pub contact: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The strict date. Never moved by holidays.
    pub date: NaiveDate,
    pub days_left: i64,
    pub kind: DeadlineKind,
    /// Which way the rule counts; only a forward period can be extended (民法142).
    pub counts: Counts,
    pub label: Text,
    /// 民法142: for a period counted forward from the event, where `date` is a bank holiday, the
    /// next open day, as "may be extended". Never set for a window counted back from the notice:
    /// notifying later moves that window and can leave the loss out.
    pub may_be_extended_to: Option<NaiveDate>,
    /// Where the scheme lists a line with hours: the last moment it is open for this deadline.
    pub call_by: Option<CallBy>,
    /// Indices of the losses this date is for.
    pub transactions: Vec<usize>,
}

fn ser_minute<S: serde::Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    use chrono::Timelike;
    s.collect_str(&format_args!(
        "{}T{:02}:{:02}",
        t.date(),
        t.hour(),
        t.minute()
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub id: &'static str,
    pub text: Text,
    pub cite: Cite,
    /// Already done according to the case (notified, or the question answered that way).
    pub done_hint: bool,
}

/// Something unknown that could change the outcome. Serialized as the case file's path
/// (`transactions`, `transactions[i].time`) or the question id, as the case files compare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No loss entered yet.
    Transactions,
    /// The time of the loss at this index (of the case file's transactions).
    Time(usize),
    /// A question not answered yet (its pack id).
    Question(&'static str),
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Transactions => f.write_str("transactions"),
            Missing::Time(i) => write!(f, "transactions[{i}].time"),
            Missing::Question(id) => f.write_str(id),
        }
    }
}

impl Serialize for Missing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub scheme: &'static str,
    pub pack_version: &'static str,
    pub as_of: NaiveDate,
    pub as_of_note: Option<Text>,
    pub today: NaiveDate,
    /// `notified_on`, or today when not yet notified.
    pub notice_date: NaiveDate,
    pub notice_assumed_today: bool,
    pub verdict: Verdict,
    pub verdict_label: Text,
    pub compensable_yen: YenRange,
    /// The cap left after compensation already received, where the scheme has a cap.
    pub cap_remaining_yen: Option<u64>,
    /// Where that cap is the pack's inference from unclear wording: say so beside the amount.
    pub cap_note: Option<Text>,
    pub transactions: Vec<TransactionResult>,
    /// What could change the outcome: the losses, a loss's time, or questions (pack order).
    pub missing: Vec<Missing>,
    pub reasons: Vec<Reason>,
    /// Earliest first.
    pub deadlines: Vec<Deadline>,
    /// Always shown first: notify now; every date is the outer limit.
    pub advice: Text,
    /// 民法142, present when a deadline may be extended.
    pub extension: Option<Clause>,
    pub steps: Vec<NextStep>,
    pub notes: &'static [Note],
    /// Unanswered facts the bank must prove that the estimate presumes proved (the pack's
    /// `presumed`), where assuming the opposite would raise the amount: said beside it.
    pub presumed: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssessError {
    UnknownScheme(String),
}

impl AssessError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AssessError::UnknownScheme(s), Lang::Ja) => {
                format!("補償制度「{s}」はこのアプリにありません")
            }
            (AssessError::UnknownScheme(s), Lang::En) => format!("no scheme \"{s}\" in this app"),
        }
    }
}

pub const ADVICE: Text = crate::text!(
    "今すぐ銀行に通知してください。表示の日付は最終期限で、待ってよい理由ではありません。すぐに通知することそのものが補償の条件です。",
    "Tell the bank now. Every date shown is the outer limit, never a reason to wait: prompt notice is itself a condition of compensation.",
);

const AFTER_NOTICE_TEXT: Text = crate::text!(
    "通知日より後の被害は、まだ銀行に通知されていません。今日通知したものとして期限を示します。この被害についても銀行に通知してください。",
    "A loss dated after your notice has not been notified yet: its last day is shown as if you notified today. Notify the bank about it as well.",
);

const AFTER_NOTICE_STEP: Text = crate::text!(
    "通知した日より後に見つかった被害（通知日より後の取引）も、ただちに銀行へ通知する。",
    "Notify the bank at once about the losses dated after your notice as well.",
);

/// What the answers do to the whole claim. Ordered by severity via `severity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Factor {
    Full,
    Ratio(Ratio),
    /// A reduction at a rate the bank sets.
    ReducedOpenRate,
    CaseByCase,
    Excluded,
}

fn severity(a: Factor, b: Factor) -> Ordering {
    let rank = |f: Factor| match f {
        Factor::Full => 0u8,
        Factor::Ratio(_) => 1,
        Factor::ReducedOpenRate => 2,
        Factor::CaseByCase => 3,
        Factor::Excluded => 4,
    };
    match (a, b) {
        // A smaller ratio is more severe: compare x/y against u/v as x·v vs u·y, reversed.
        (Factor::Ratio(x), Factor::Ratio(y)) => {
            (u64::from(y.num) * u64::from(x.den)).cmp(&(u64::from(x.num) * u64::from(y.den)))
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

fn worse(a: Factor, b: Factor) -> Factor {
    if severity(b, a) == Ordering::Greater {
        b
    } else {
        a
    }
}

fn effect_of(q: &Question, answer: bool) -> Effect {
    if answer {
        q.effects.yes
    } else {
        q.effects.no
    }
}

/// The factor one answer gives on its own (ignoring `requires` and softening).
fn answer_factor(q: &Question, answer: bool) -> Factor {
    match effect_of(q, answer) {
        Effect::Ok | Effect::Todo => Factor::Full,
        Effect::Reduces => q.ratio.map_or(Factor::ReducedOpenRate, Factor::Ratio),
        Effect::CaseByCase => Factor::CaseByCase,
        Effect::Excludes => Factor::Excluded,
    }
}

/// The answer that can only make the outcome worse (monotone effects).
fn pessimistic_answer(q: &Question) -> bool {
    if q.is_required {
        // A required fact enables the effects that need it.
        true
    } else if !q.softens.is_empty() {
        false
    } else {
        severity(answer_factor(q, true), answer_factor(q, false)) != Ordering::Less
    }
}

/// What an unanswered question is taken as. A fact the bank must prove is not established while
/// unanswered (the answer that cannot lower the claim), unless the pack presumes the bank proves
/// it (then the adverse answer, said beside the amount); any other stays open (`None`).
fn unanswered_reading(q: &Question) -> Option<bool> {
    match (q.burden, q.presumed) {
        (Burden::Bank, Some(_)) => Some(pessimistic_answer(q)),
        (Burden::Bank, None) => Some(!pessimistic_answer(q)),
        (Burden::Customer | Burden::Unstated, _) => None,
    }
}

/// The factor the answers alone give before any question (JBA corporate: case by case).
fn base_factor(p: &Pack) -> Factor {
    if p.always_case_by_case.is_some() {
        Factor::CaseByCase
    } else {
        Factor::Full
    }
}

/// Question `i`'s term: its answer's effect if its required facts are present, softened where a
/// softening follow-up is yes; `Full` when it does not fire.
fn term(q: &Question, assign: &[bool], i: usize) -> Factor {
    let a = assign.get(i).copied().unwrap_or(false);
    let f = answer_factor(q, a);
    if f == Factor::Full || !q.requires_at.iter().all(|&j| assign.get(j) == Some(&true)) {
        return Factor::Full;
    }
    if f == Factor::Excluded
        && q.softened_by_at
            .iter()
            .any(|&j| assign.get(j) == Some(&true))
    {
        return Factor::CaseByCase;
    }
    f
}

fn evaluate(p: &Pack, assign: &[bool]) -> Factor {
    p.questions
        .iter()
        .enumerate()
        .fold(base_factor(p), |f, (i, q)| worse(f, term(q, assign, i)))
}

fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(NaiveDate::MAX)
}

fn last_day_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m >= 12 {
        (y.checked_add(1)?, 1)
    } else {
        (y, m + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// The last day of a period of `years` years from the event on `event` (民法140: the first day is
/// not counted; 民法143(2): it ends the day before the date corresponding to the first counted day,
/// or at the month's end where that date does not exist). E.g. 2024-02-29 → 2026-02-28 and
/// 2022-02-28 → 2024-02-29. `NaiveDate::MAX` where the calendar runs out.
pub fn years_elapse_on(event: NaiveDate, years: u32) -> NaiveDate {
    let compute = || -> Option<NaiveDate> {
        let first = event.succ_opt()?;
        let y = first.year().checked_add(i32::try_from(years).ok()?)?;
        match NaiveDate::from_ymd_opt(y, first.month(), first.day()) {
            Some(corresponding) => corresponding.pred_opt(),
            None => last_day_of_month(y, first.month()),
        }
    };
    compute().unwrap_or(NaiveDate::MAX)
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce())
}

/// Bank closing days for the deadlines. `calendar::is_bank_closed` recomputes a year's holidays on
/// every call; with 100 losses that dominated `assess`, so each year is fetched once here. Same
/// definition: a Saturday, a Sunday, or a day `holidays_in_year` lists (national holidays and
/// Dec 31 – Jan 3); a test pins it to `is_bank_closed` / `next_bank_day`.
#[derive(Default)]
struct BankDays {
    years: Vec<(i32, Vec<NaiveDate>)>,
}

impl BankDays {
    fn closed(&mut self, d: NaiveDate) -> bool {
        if matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
            return true;
        }
        let y = d.year();
        if let Some((_, days)) = self.years.iter().find(|(yy, _)| *yy == y) {
            return days.contains(&d);
        }
        let days: Vec<NaiveDate> = holidays_in_year(y).into_iter().map(|h| h.date).collect();
        let closed = days.contains(&d);
        self.years.push((y, days));
        closed
    }

    /// The first open day after a closed `d` (as `calendar::next_bank_day`), or `None` if `d` is
    /// open.
    fn extension(&mut self, d: NaiveDate) -> Option<NaiveDate> {
        if !self.closed(d) {
            return None;
        }
        let mut x = d;
        for _ in 0..64 {
            x = x.succ_opt()?;
            if !self.closed(x) {
                return Some(x);
            }
        }
        None
    }
}

struct LossEval {
    covered: Option<bool>,
    reason: Option<LossReason>,
    notify_by: Option<NaiveDate>,
    /// The two-year bar, not the window, sets `notify_by`.
    bar_binds: bool,
}

fn evaluate_loss(
    p: &Pack,
    rule: &CustomerRule,
    tx: &Transaction,
    notice: NaiveDate,
    today: NaiveDate,
    unavoidable_days: u32,
    bar_last: Option<NaiveDate>,
) -> LossEval {
    let window_by = p.window.map(|w| {
        let extra = if w.unavoidable_days_extend {
            u64::from(unavoidable_days)
        } else {
            0
        };
        add_days(tx.date, u64::from(w.notify_within_days) + extra)
    });
    let (notify_by, bar_binds) = match (window_by, bar_last) {
        (Some(w), Some(b)) => (Some(w.min(b)), b < w),
        (None, Some(b)) => (Some(b), true),
        (w, None) => (w, false),
    };
    let out = |covered, reason| LossEval {
        covered,
        reason,
        notify_by,
        bar_binds,
    };

    if !rule.eligible {
        return out(Some(false), Some(LossReason::CustomerType));
    }
    let start = &p.start;
    let mut uncertain = None;
    if tx.date < start.date {
        return out(Some(false), Some(LossReason::BeforeStart));
    }
    if tx.date == start.date {
        if let Some(st) = start.time {
            match tx.time {
                None => uncertain = Some(LossReason::TimeUnknown),
                Some(t) if t < st => return out(Some(false), Some(LossReason::BeforeStart)),
                Some(t) if t == st && start.at_start_minute == AtStartMinute::Ambiguous => {
                    uncertain = Some(LossReason::StartAmbiguous)
                }
                Some(_) => {}
            }
        }
    }
    // A loss after the notice date has not been notified: it is judged as notified today.
    let after_notice = tx.date > notice;
    let notice = if after_notice {
        today.max(tx.date)
    } else {
        notice
    };
    // Both can fail at once; the bar is reported because it bars the whole claim.
    if bar_last.is_some_and(|b| notice > b) {
        return out(Some(false), Some(LossReason::TwoYearBar));
    }
    if window_by.is_some_and(|w| notice > w) {
        return out(Some(false), Some(LossReason::Window));
    }
    match (uncertain, after_notice) {
        (Some(r), _) => out(None, Some(r)),
        (None, true) => out(Some(true), Some(LossReason::AfterNotice)),
        (None, false) => out(Some(true), None),
    }
}

/// The smallest fixed ratio among the terms that fire: what the rest of the rules would pay at
/// most where the claim is otherwise left to the bank (a stolen card handed over, with the
/// victim's own account of negligence: the bank decides, up to 3/4).
fn ratio_cap(p: &Pack, assign: &[bool]) -> Option<Ratio> {
    p.questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| match term(q, assign, i) {
            Factor::Ratio(r) => Some(r),
            _ => None,
        })
        .reduce(|a, b| {
            if severity(Factor::Ratio(b), Factor::Ratio(a)) == Ordering::Greater {
                b
            } else {
                a
            }
        })
}

fn times(base: u64, r: Ratio) -> u64 {
    if r.den == 0 {
        return 0;
    }
    // Rounded down to the yen, on the total.
    let v = u128::from(base) * u128::from(r.num) / u128::from(r.den);
    u64::try_from(v).unwrap_or(u64::MAX)
}

/// The amount a factor gives on `base`: the low end of the range, or the high end (where a
/// case-by-case claim is bounded by the smallest fixed ratio that also fires, `cap`).
fn apply(f: Factor, base: u64, low: bool, cap: Option<Ratio>) -> u64 {
    match f {
        Factor::Full => base,
        Factor::Ratio(r) => times(base, r),
        Factor::ReducedOpenRate | Factor::CaseByCase => {
            if low {
                0
            } else {
                cap.map_or(base, |r| times(base, r))
            }
        }
        Factor::Excluded => 0,
    }
}

/// The cite for engine-made reasons and steps about notifying: the window's clause, else the
/// pack's notify step, else the start clause.
fn notice_cite(p: &Pack) -> Cite {
    p.window
        .map(|w| w.clause.cite)
        .or_else(|| {
            p.steps
                .iter()
                .find(|s| matches!(s.done_if, Some(DoneIf::Notified)))
                .map(|s| s.cite)
        })
        .unwrap_or(p.start.clause.cite)
}

fn clause_reason(code: &'static str, c: &Clause, effect: ReasonEffect) -> Reason {
    Reason {
        code,
        cite: c.cite,
        clause_text: c.clause_text,
        text: c.text,
        group: None,
        effect,
        answer: None,
        ratio: None,
    }
}

/// Assess a case as of `today` (a Japan calendar date). Never panics.
pub fn assess(case: &CaseFile, today: NaiveDate) -> Result<Assessment, AssessError> {
    let p = pack(&case.scheme).ok_or_else(|| AssessError::UnknownScheme(case.scheme.clone()))?;
    let notice = case.notified_on.unwrap_or(today);
    let rule = p.customer(case.customer);

    // Answers: known ones fixed (an unanswered fact the bank must prove read as its clause
    // says), unknown ones set both ways.
    let known: Vec<Option<bool>> = p
        .questions
        .iter()
        .map(|q| {
            case.answers
                .get(q.id)
                .copied()
                .or_else(|| unanswered_reading(q))
        })
        .collect();
    let pess: Vec<bool> = p
        .questions
        .iter()
        .zip(&known)
        .map(|(q, k)| k.unwrap_or_else(|| pessimistic_answer(q)))
        .collect();
    let opt: Vec<bool> = p
        .questions
        .iter()
        .zip(&known)
        .map(|(q, k)| k.unwrap_or_else(|| !pessimistic_answer(q)))
        .collect();
    let f_pess = evaluate(p, &pess);
    let f_opt = evaluate(p, &opt);

    // Per loss.
    let bar_last = p.bar.and_then(|b| {
        let base = case
            .stolen_on
            .or_else(|| case.transactions.iter().map(|t| t.date).min())?;
        Some(years_elapse_on(base, b.years))
    });
    let evals: Vec<LossEval> = case
        .transactions
        .iter()
        .map(|t| evaluate_loss(p, rule, t, notice, today, case.unavoidable_days, bar_last))
        .collect();
    let net = |t: &Transaction| t.amount_yen.saturating_sub(t.recovered_yen);
    let transactions: Vec<TransactionResult> = case
        .transactions
        .iter()
        .zip(&evals)
        .map(|(t, e)| TransactionResult {
            covered: e.covered,
            notify_by: e.notify_by,
            days_left: e.notify_by.map(|d| days_between(today, d)),
            reason: e.reason,
            gross_yen: t.amount_yen,
            recovered_yen: t.recovered_yen,
            net_yen: net(t),
        })
        .collect();

    let mut definite = 0u64;
    let mut uncertain = 0u64;
    for (t, e) in case.transactions.iter().zip(&evals) {
        match e.covered {
            Some(true) => definite = definite.saturating_add(net(t)),
            None => uncertain = uncertain.saturating_add(net(t)),
            Some(false) => {}
        }
    }
    let has_reason = |r: LossReason| evals.iter().any(|e| e.reason == Some(r));
    let possibly_covered = evals.iter().any(|e| e.covered != Some(false));

    // Amounts: ratio on the total, then the cap less compensation already received.
    let cap_remaining = rule
        .cap_yen
        .filter(|_| rule.eligible)
        .map(|c| c.saturating_sub(case.already_compensated_yen));
    let capped = |x: u64| cap_remaining.map_or(x, |c| x.min(c));
    let high_before_cap = apply(
        f_opt,
        definite.saturating_add(uncertain),
        false,
        ratio_cap(p, &opt),
    );
    let low = capped(apply(f_pess, definite, true, None));
    let high = capped(high_before_cap);
    let cap_binds = cap_remaining.is_some_and(|c| high_before_cap > c);

    // What could change the outcome.
    let mut missing = Vec::new();
    let decidable = rule.eligible && possibly_covered && f_opt != Factor::Excluded;
    if rule.eligible && case.transactions.is_empty() {
        missing.push(Missing::Transactions);
    } else if decidable {
        for (i, e) in evals.iter().enumerate() {
            if e.reason == Some(LossReason::TimeUnknown) {
                missing.push(Missing::Time(i));
            }
        }
        // Every completion lies between the two bounds: equal bounds, nothing can matter.
        if f_pess != f_opt {
            let mut scratch = opt.clone();
            let folds = OptFolds::new(p, &opt);
            for (i, q) in p.questions.iter().enumerate() {
                if known.get(i).copied().flatten().is_none()
                    && matters(p, &known, &opt, i, &mut scratch, &folds)
                {
                    missing.push(Missing::Question(q.id));
                }
            }
        }
    }

    let any_ambiguous = has_reason(LossReason::StartAmbiguous);
    let verdict = if !rule.eligible
        || (!case.transactions.is_empty() && (!possibly_covered || f_opt == Factor::Excluded))
    {
        Verdict::None
    } else if !missing.is_empty() {
        Verdict::NeedsInfo
    } else if f_pess == Factor::CaseByCase || any_ambiguous {
        Verdict::CaseByCase
    } else if f_pess == Factor::ReducedOpenRate {
        Verdict::ReducedOpenRate
    } else if matches!(f_pess, Factor::Ratio(_)) {
        Verdict::Reduced
    } else if cap_binds {
        Verdict::Capped
    } else if evals.iter().any(|e| e.covered == Some(false)) {
        Verdict::Partial
    } else {
        Verdict::Full
    };
    let (low, high) = if verdict == Verdict::None {
        (0, 0)
    } else {
        (low, high)
    };

    // Reasons: the scheme's limits first, then the answers in pack order.
    let mut reasons = Vec::new();
    if !rule.eligible {
        reasons.push(clause_reason(
            "customer_type",
            &rule.clause,
            ReasonEffect::Excludes,
        ));
    } else {
        if has_reason(LossReason::BeforeStart) {
            reasons.push(clause_reason(
                "before_start",
                &p.start.clause,
                ReasonEffect::Excludes,
            ));
        }
        if any_ambiguous {
            reasons.push(clause_reason(
                "start",
                &p.start.clause,
                ReasonEffect::CaseByCase,
            ));
            if let Some(c) = &p.start.conflict {
                reasons.push(clause_reason("start_conflict", c, ReasonEffect::CaseByCase));
            }
        }
        if let (true, Some(w)) = (has_reason(LossReason::Window), &p.window) {
            reasons.push(clause_reason("window", &w.clause, ReasonEffect::Excludes));
        }
        if let (true, Some(b)) = (has_reason(LossReason::TwoYearBar), &p.bar) {
            reasons.push(clause_reason(
                "two_year_bar",
                &b.clause,
                ReasonEffect::Excludes,
            ));
        }
        if has_reason(LossReason::AfterNotice) {
            reasons.push(Reason {
                code: "after_notice",
                cite: notice_cite(p),
                clause_text: "",
                text: AFTER_NOTICE_TEXT,
                group: None,
                effect: ReasonEffect::Todo,
                answer: None,
                ratio: None,
            });
        }
        question_reasons(p, &known, &mut reasons);
        if let Some(c) = &p.always_case_by_case {
            reasons.push(clause_reason("case_by_case", c, ReasonEffect::CaseByCase));
        }
        if cap_binds && verdict != Verdict::None {
            reasons.push(clause_reason("cap", &rule.clause, ReasonEffect::Caps));
        }
    }

    // Deadlines: per date, for losses not yet notified, while the date (or its possible
    // extension) has not passed.
    // Sorted as plain integers (date, bar before notify, loss index): at opt-level "z" sorting
    // date tuples through comparison closures cost a tenth of `assess`.
    let key = |date: NaiveDate, notify: bool, i: usize| -> u128 {
        let day = (i64::from(date.num_days_from_ce()) + (1 << 40)) as u128;
        (day << 65) | (u128::from(notify) << 64) | i as u128
    };
    let mut candidates: Vec<u128> = Vec::new();
    if rule.eligible {
        for (i, (t, e)) in case.transactions.iter().zip(&evals).enumerate() {
            let not_notified = case.notified_on.is_none_or(|d| t.date > d);
            let outside = matches!(
                e.reason,
                Some(LossReason::CustomerType | LossReason::BeforeStart)
            );
            if let (Some(date), true, false) = (e.notify_by, not_notified, outside) {
                candidates.push(key(date, !e.bar_binds, i));
            }
        }
    }
    shell_sort(&mut candidates);
    let index_of = |k: u128| (k & u128::from(u64::MAX)) as usize;
    let mut deadlines: Vec<Deadline> = Vec::new();
    let mut bank_days = BankDays::default();
    let mut rest = candidates.as_slice();
    while let Some(&first) = rest.first() {
        let run = rest.iter().take_while(|&&k| k >> 64 == first >> 64).count();
        let (group, tail) = rest.split_at(run);
        rest = tail;
        let Some(e) = evals.get(index_of(first)) else {
            continue;
        };
        let (Some(date), notify) = (e.notify_by, !e.bar_binds) else {
            continue;
        };
        let (kind, counts, label) = if notify {
            (
                DeadlineKind::Notify,
                p.window.map(|w| w.counts),
                p.window.map(|w| w.label),
            )
        } else {
            (
                DeadlineKind::TwoYearBar,
                p.bar.map(|b| b.counts),
                p.bar.map(|b| b.label),
            )
        };
        let counts = counts.unwrap_or(Counts::BackFromNotice);
        let ext = match counts {
            Counts::ForwardFromEvent => bank_days.extension(date),
            Counts::BackFromNotice => None,
        };
        // Passed: only a possible extension to today or later keeps it on the list.
        if date < today && ext.is_none_or(|x| x < today) {
            continue;
        }
        let call_by = p.notice_line().and_then(|c| {
            Some(CallBy {
                at: last_open_on_or_before_by(&c.hours.hours(), date, |d| bank_days.closed(d))?,
                contact: c.id,
            })
        });
        deadlines.push(Deadline {
            date,
            days_left: days_between(today, date),
            kind,
            counts,
            label: label.unwrap_or(ADVICE),
            may_be_extended_to: ext,
            call_by,
            transactions: group.iter().map(|&k| index_of(k)).collect(),
        });
    }
    let extension = deadlines
        .iter()
        .any(|d| d.may_be_extended_to.is_some())
        .then_some(CIVIL_CODE_142);

    // Steps: open todo answers first, then the pack's steps.
    let mut steps = Vec::new();
    let after_notice = has_reason(LossReason::AfterNotice);
    if after_notice {
        steps.push(NextStep {
            id: "notify_later_losses",
            text: AFTER_NOTICE_STEP,
            cite: notice_cite(p),
            done_hint: false,
        });
    }
    let named_by_step = |i: usize| {
        p.steps
            .iter()
            .any(|s| matches!(s.done_if, Some(DoneIf::Question { at, .. }) if at == i))
    };
    let todo_open = |i: usize, q: &Question| match known.get(i).copied().flatten() {
        Some(a) => effect_of(q, a) == Effect::Todo,
        None => q.effects.yes == Effect::Todo || q.effects.no == Effect::Todo,
    };
    for (i, q) in p.questions.iter().enumerate() {
        if todo_open(i, q) && !named_by_step(i) {
            steps.push(NextStep {
                id: q.id,
                text: q.step.unwrap_or(q.text),
                cite: q.cite,
                done_hint: false,
            });
        }
    }
    for s in p.steps {
        let done_hint = match s.done_if {
            Some(DoneIf::Notified) => case.notified_on.is_some() && !after_notice,
            Some(DoneIf::Question { at, .. }) => p
                .questions
                .get(at)
                .is_some_and(|q| known.get(at).copied().flatten().is_some() && !todo_open(at, q)),
            None => false,
        };
        steps.push(NextStep {
            id: s.id,
            text: s.text,
            cite: s.cite,
            done_hint,
        });
    }

    // A presumption is said where the other reading would change the outcome.
    let presumed = p
        .questions
        .iter()
        .enumerate()
        .filter(|(i, q)| {
            q.presumed.is_some() && !case.answers.contains_key(q.id) && rule.eligible && {
                let mut flipped = pess.clone();
                if let Some(x) = flipped.get_mut(*i) {
                    *x = !*x;
                }
                evaluate(p, &flipped) != f_pess
            }
        })
        .map(|(_, q)| q.id)
        .collect();

    Ok(Assessment {
        scheme: p.id,
        pack_version: p.version,
        as_of: p.as_of,
        as_of_note: p.as_of_note,
        today,
        notice_date: notice,
        notice_assumed_today: case.notified_on.is_none(),
        verdict,
        verdict_label: verdict.label(),
        compensable_yen: YenRange { low, high },
        cap_remaining_yen: cap_remaining,
        cap_note: rule.cap_note.filter(|_| cap_remaining.is_some()),
        transactions,
        missing,
        reasons,
        deadlines,
        advice: p.advice.unwrap_or(ADVICE),
        extension,
        steps,
        notes: p.notes,
        presumed,
    })
}

/// Prefix and suffix folds of the terms under the optimistic answers, so that "every term but
/// `i`" costs O(1).
struct OptFolds {
    prefix: Vec<Factor>,
    suffix: Vec<Factor>,
}

impl OptFolds {
    fn new(p: &Pack, opt: &[bool]) -> OptFolds {
        let terms: Vec<Factor> = p
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| term(q, opt, i))
            .collect();
        let mut prefix = Vec::with_capacity(terms.len() + 1);
        let mut acc = base_factor(p);
        prefix.push(acc);
        for &t in &terms {
            acc = worse(acc, t);
            prefix.push(acc);
        }
        let mut suffix = vec![Factor::Full; terms.len() + 1];
        for k in (0..terms.len()).rev() {
            let next = suffix.get(k + 1).copied().unwrap_or(Factor::Full);
            if let (Some(slot), Some(&t)) = (suffix.get_mut(k), terms.get(k)) {
                *slot = worse(t, next);
            }
        }
        OptFolds { prefix, suffix }
    }

    /// The worst term of every question but `i` (with the base), under the optimistic answers.
    fn without(&self, i: usize) -> Factor {
        let before = self.prefix.get(i).copied().unwrap_or(Factor::Full);
        let after = self.suffix.get(i + 1).copied().unwrap_or(Factor::Full);
        worse(before, after)
    }
}

/// Whether the unknown answer `i` could change the claim's factor. The factor is the worst of
/// monotone terms (an answer's effect, gated by its required facts, softened by a follow-up), so it
/// is enough to flip `i` in contexts where every other unknown takes its optimistic answer except
/// what makes `i` pivotal: its own required facts, or the question it enables or softens.
/// `ctx` is scratch space of the questions' length.
fn matters(
    p: &Pack,
    known: &[Option<bool>],
    opt: &[bool],
    i: usize,
    ctx: &mut [bool],
    folds: &OptFolds,
) -> bool {
    let Some(q) = p.questions.get(i) else {
        return false;
    };
    let linked = q.is_required || !q.softens.is_empty();
    if !linked && answer_factor(q, true) == answer_factor(q, false) {
        // Both answers do the same (e.g. a todo): it cannot change the factor.
        return false;
    }
    if !linked && q.requires_at.is_empty() {
        // Only its own term changes: compare it against the worst of all the other terms.
        let rest = folds.without(i);
        ctx.copy_from_slice(opt);
        let mut with = |a: bool| {
            if let Some(x) = ctx.get_mut(i) {
                *x = a;
            }
            worse(rest, term(q, ctx, i))
        };
        return with(true) != with(false);
    }
    let unknown = |j: usize| known.get(j).copied().flatten().is_none();
    let mut flips = |other: Option<(usize, &Question)>| {
        ctx.copy_from_slice(opt);
        let gate = match other {
            Some((k, o)) => {
                if unknown(k) {
                    if let Some(x) = ctx.get_mut(k) {
                        *x = pessimistic_answer(o);
                    }
                }
                o.requires_at
            }
            None => q.requires_at,
        };
        for &j in gate {
            if unknown(j) {
                if let Some(x) = ctx.get_mut(j) {
                    *x = true;
                }
            }
        }
        if let Some(x) = ctx.get_mut(i) {
            *x = true;
        }
        let a = evaluate(p, ctx);
        if let Some(x) = ctx.get_mut(i) {
            *x = false;
        }
        a != evaluate(p, ctx)
    };
    // Its own effect, with its required facts present.
    if flips(None) {
        return true;
    }
    // A question it enables, or an exclusion it softens, set to its worse answer.
    q.linked_at.iter().any(|&k| {
        p.questions
            .get(k)
            .is_some_and(|other| flips(Some((k, other))))
    })
}

/// Reasons from definite answers: exclusions and reductions whose required facts are all yes
/// (softened where a softening follow-up is yes), and open todos.
fn question_reasons(p: &Pack, known: &[Option<bool>], out: &mut Vec<Reason>) {
    let is_yes = |j: usize| known.get(j).copied().flatten() == Some(true);
    let mut softeners_shown: Vec<usize> = Vec::new();
    for (i, q) in p.questions.iter().enumerate() {
        let Some(a) = known.get(i).copied().flatten() else {
            continue;
        };
        let effect = match effect_of(q, a) {
            Effect::Ok => continue,
            Effect::Todo => ReasonEffect::Todo,
            Effect::Reduces => ReasonEffect::Reduces,
            Effect::CaseByCase => ReasonEffect::CaseByCase,
            Effect::Excludes => ReasonEffect::Excludes,
        };
        if effect != ReasonEffect::Todo && !q.requires_at.iter().all(|&j| is_yes(j)) {
            continue;
        }
        let softener = q.softened_by_at.iter().copied().find(|&j| is_yes(j));
        let effect = match (effect, softener) {
            (ReasonEffect::Excludes, Some(_)) => ReasonEffect::CaseByCase,
            (e, _) => e,
        };
        out.push(Reason {
            code: q.id,
            cite: q.cite,
            clause_text: q.clause_text,
            text: q.text,
            group: p.group(q.group).map(|g| g.title),
            effect,
            answer: Some(a),
            ratio: if effect == ReasonEffect::Reduces {
                q.ratio
            } else {
                None
            },
        });
        if let (ReasonEffect::CaseByCase, Some(j)) = (effect, softener) {
            if !softeners_shown.contains(&j) {
                softeners_shown.push(j);
                if let Some(s) = p.questions.get(j) {
                    out.push(Reason {
                        code: s.id,
                        cite: s.cite,
                        clause_text: s.clause_text,
                        text: s.text,
                        group: p.group(s.group).map(|g| g.title),
                        effect: ReasonEffect::CaseByCase,
                        answer: Some(true),
                        ratio: None,
                    });
                }
            }
        }
    }
}

/// Shell sort (Ciura's gaps) of the deadline keys: a few lines of wasm instead of the standard
/// library's quicksort with its helpers (about 3 KB), and as fast for the hundred or so keys a
/// case has.
fn shell_sort(v: &mut [u128]) {
    for gap in [701, 301, 132, 57, 23, 10, 4, 1] {
        for i in gap..v.len() {
            let x = v[i];
            let mut j = i;
            while j >= gap && v[j - gap] > x {
                v[j] = v[j - gap];
                j -= gap;
            }
            v[j] = x;
        }
    }
}

/// Tests of private items that kill mutants (scripts/mutants.sh); kept in their own file.
#[cfg(test)]
#[path = "assess_mutants.rs"]
mod mutants;

#[cfg(test)]
#[path = "assess_tests.rs"]
mod tests;
