//! Rule packs: one per compensation scheme, kept as JSON in `src/engine/packs/`, checked by
//! `build.rs` and compiled into the statics below (no JSON parsing at run time). The format and
//! each pack's readings are documented in `src/engine/packs/README.md`.

use super::calendar::{Hours, HoursKind};
use super::customer::Customer;
use super::Text;
use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::{Serialize, Serializer};

/// A citation as the source numbers it: `doc` is a source id of the pack ("002", "預金者保護法"),
/// `clause` the heading and item ("重大な過失(1)", "第5条"). Stored as one string joined by
/// U+001F, for the same reason as [`Text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cite(&'static str);

impl Cite {
    /// `doc`, U+001F, `clause`; a malformed literal in a `const` or `static` is a compile error.
    pub const fn new(both: &'static str) -> Cite {
        match super::sep_at(both) {
            Some(_) => Cite(both),
            None => panic!("a Cite is doc, U+001F, clause"),
        }
    }

    pub fn doc(&self) -> &'static str {
        super::split_pair(self.0).0
    }

    pub fn clause(&self) -> &'static str {
        super::split_pair(self.0).1
    }
}

/// As `{"doc": …, "clause": …}` (the CLI's output).
impl Serialize for Cite {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Cite", 2)?;
        st.serialize_field("doc", self.doc())?;
        st.serialize_field("clause", self.clause())?;
        st.end()
    }
}

/// A cited rule: where it is, its original wording (empty where we do not quote the source,
/// e.g. statute paragraphs we could not check word for word) and what it means, in ja and en.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Clause {
    pub cite: Cite,
    pub clause_text: &'static str,
    pub text: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A bank's published page (a seed document): quoted verbatim.
    Seed,
    Statute,
    /// An industry agreement (全国銀行協会 申し合わせ).
    Agreement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub kind: SourceKind,
    pub title: Text,
    /// The date the source states it is current as of, where it states one.
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Product {
    InternetBanking,
    CashCard,
}

/// What a scheme does for one customer type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CustomerRule {
    pub eligible: bool,
    /// Cap on the compensation; `already_compensated_yen` counts against it.
    pub cap_yen: Option<u64>,
    /// The scheme that covers this customer type instead, if any.
    pub see: Option<&'static str>,
    pub clause: Clause,
    /// Set where the cap is the pack's reading of unclear wording (003 WEB-FB's blank cell): shown
    /// beside every amount the cap limits.
    pub cap_note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Customers {
    pub individual: CustomerRule,
    pub sole_proprietor: CustomerRule,
    pub corporation: CustomerRule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AtStartMinute {
    Covered,
    /// The source contradicts itself about a loss at exactly the start minute (002).
    Ambiguous,
}

/// The scheme's start: losses before it are not covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Start {
    pub date: NaiveDate,
    #[serde(serialize_with = "ser_hhmm_opt")]
    pub time: Option<NaiveTime>,
    pub at_start_minute: AtStartMinute,
    pub clause: Clause,
    /// The other clause in an `Ambiguous` start.
    pub conflict: Option<Clause>,
}

/// How the source words its notice window; `build.rs` derives `notify_within_days` from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowRule {
    /// 「発生した翌日から N 日以内に通知」: notice ≤ loss + N.
    WithinDaysFromDayAfterLoss,
    /// 「通知日の N 日前の日以前に発生した場合は補償できません」: notice ≤ loss + N − 1.
    LossAfterDayNDaysBeforeNotice,
    /// 「通知日の N 日前の日以後の払戻し」: notice ≤ loss + N.
    LossOnOrAfterDayNDaysBeforeNotice,
}

/// Which way a deadline's period is counted. 民法142 (a last day on a holiday moves to the next
/// business day) is about periods counted forward from an event; for a window counted back from
/// the notice date, notifying on a later day moves the window itself and can leave the loss out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    /// From the event onwards (「発生した翌日から30日以内」, the two-year bar from the theft).
    ForwardFromEvent,
    /// Back from the notice date (「通知日の30日前の日以前に発生…」, 預金者保護法 第5条).
    BackFromNotice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The source's own rule.
    Rule,
    /// How member banks commonly apply it; not binding wording.
    Practice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    pub rule: WindowRule,
    pub counts: Counts,
    pub days: u32,
    /// A loss is covered iff notice ≤ loss date + this (+ `unavoidable_days` where allowed).
    pub notify_within_days: u32,
    pub unavoidable_days_extend: bool,
    pub basis: Basis,
    pub clause: Clause,
    /// Label for the deadline this window gives.
    pub label: Text,
}

/// A bar counted from the theft (or, where unknown, the first loss): notice after its last day
/// bars every loss (民法140/143 counting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bar {
    pub years: u32,
    pub counts: Counts,
    pub clause: Clause,
    pub label: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Ok,
    /// A condition the victim can still meet: becomes a next step, never an exclusion.
    Todo,
    /// With `ratio`: a fixed ratio; without: reduced at a rate the bank sets (the source names
    /// a reduction but no ratio, 003's 「補償減額」).
    Reduces,
    /// The source leaves it to the bank (JBA 「個別対応」), or does not settle the case at all.
    CaseByCase,
    Excludes,
}

/// Who must establish a question's fact under its clause, which decides what an unanswered
/// question means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Burden {
    /// The bank must prove it (預金者保護法 「金融機関が…証明した場合」): while unanswered it is
    /// not established, so it never lowers the estimate (unless the pack `presumed` it).
    Bank,
    /// The customer must show it: while unanswered both outcomes stay open.
    Customer,
    /// The source does not say: as `Customer`.
    Unstated,
}

/// The answer for "I have none / don't use one" (a certificate, a token).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NoneAnswer {
    /// What it states (「電子証明書は使っていない」).
    pub fact: Text,
    /// The answer it counts as: always the harmless one (checked at build time).
    pub counts_as: bool,
}

/// `num / den`, 0 < num ≤ den (checked at build time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ratio {
    pub num: u32,
    pub den: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Group {
    pub id: &'static str,
    pub title: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Effects {
    pub yes: Effect,
    pub no: Effect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// The victim can answer it.
    Ask,
    /// Only the bank can establish it (what it has proved, how its investigation went): never
    /// asked; while unanswered it keeps both outcomes open and the result lists it as pending.
    BankDecides,
}

/// What each answer states, as a plain fact (「パスワードを他人に教えていない」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Facts {
    pub yes: Text,
    pub no: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: &'static str,
    pub group: &'static str,
    pub text: Text,
    pub cite: Cite,
    pub clause_text: &'static str,
    pub effects: Effects,
    pub ratio: Option<Ratio>,
    /// The non-`ok` effect applies only when each of these facts is also answered yes
    /// (clauses that need several facts together, e.g. 003 過失(1)).
    pub requires: &'static [&'static str],
    /// A yes turns an `excludes` from each of these into case by case (002 "stronger measures").
    pub softens: &'static [&'static str],
    /// The next step a `todo` answer gives, unless a pack step names this question.
    pub step: Option<Text>,
    /// `BankDecides`: never asked; listed in the result as what the bank will decide.
    pub kind: QuestionKind,
    /// The fact a yes and a no state, for the result's reasons and as the answers' labels.
    pub fact: Facts,
    /// Who must establish the fact; decides what an unanswered question means.
    pub burden: Burden,
    /// `Burden::Bank` only: while unanswered the estimate takes the adverse answer and says this.
    pub presumed: Option<Text>,
    /// Offered where the subject may not exist for the victim.
    pub none: Option<NoneAnswer>,
    #[serde(skip)]
    pub requires_at: &'static [usize],
    #[serde(skip)]
    pub softened_by_at: &'static [usize],
    /// Some other question `requires` this one.
    #[serde(skip)]
    pub is_required: bool,
    /// The questions this one gates (they require it) or softens.
    #[serde(skip)]
    pub linked_at: &'static [usize],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum DoneIf {
    /// Done once the bank has been notified (`notified_on` given).
    Notified,
    /// Done when this question is answered with its non-`todo` answer.
    Question {
        id: &'static str,
        #[serde(skip)]
        at: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: &'static str,
    pub text: Text,
    pub cite: Cite,
    pub done_if: Option<DoneIf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactHoursKind {
    BankDays,
    Always,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ContactHours {
    pub kind: ContactHoursKind,
    #[serde(serialize_with = "ser_hhmm_opt")]
    pub open: Option<NaiveTime>,
    #[serde(serialize_with = "ser_hhmm_opt")]
    pub close: Option<NaiveTime>,
    /// The hours as the source words them.
    pub text: Text,
}

impl ContactHours {
    /// The hours for `calendar::line_status` ("open now / opens next at …").
    pub fn hours(&self) -> Hours {
        match (self.kind, self.open, self.close) {
            (ContactHoursKind::BankDays, Some(open), Some(close)) => Hours {
                kind: HoursKind::BankDays,
                open,
                close,
            },
            (ContactHoursKind::Always, _, _) => Hours {
                kind: HoursKind::Always,
                open: NaiveTime::MIN,
                close: NaiveTime::MIN,
            },
            _ => Hours {
                kind: HoursKind::Unknown,
                open: NaiveTime::MIN,
                close: NaiveTime::MIN,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub id: &'static str,
    pub name: Text,
    /// Only as the source gives it; `None` where it names the contact without a number.
    pub phone: Option<&'static str>,
    pub hours: ContactHours,
    pub cite: Cite,
}

/// An ambiguity, an inference, or something the pack leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: &'static str,
    pub text: Text,
    /// Always `Some` (checked at build time).
    pub cite: Option<Cite>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pack {
    pub id: &'static str,
    pub version: &'static str,
    pub name: Text,
    pub summary: Text,
    pub product: Product,
    pub sources: &'static [Source],
    /// The source's as-of date (002: 2019-04-12); `as_of_note` says what it is where the source
    /// states none.
    pub as_of: NaiveDate,
    pub as_of_note: Option<Text>,
    pub effective_from: NaiveDate,
    pub effective_to: Option<NaiveDate>,
    pub customers: Customers,
    pub start: Start,
    pub window: Option<Window>,
    pub bar: Option<Bar>,
    /// Set when the scheme never promises an amount (JBA corporate guidance).
    pub always_case_by_case: Option<Clause>,
    /// Said with the customer-type choice: who the scheme is for, where a contract decides it
    /// rather than the customer type (002: 東日本ビジネスIBサービスのご契約者).
    pub customer_note: Option<Text>,
    /// The first thing the result says, where the pack words it itself (no notice condition).
    pub advice: Option<Text>,
    pub groups: &'static [Group],
    pub questions: &'static [Question],
    pub steps: &'static [Step],
    /// Question ids the pack no longer asks (`ledger.json`): answers to them are dropped.
    pub retired: &'static [Retired],
    pub contacts: &'static [Contact],
    pub notes: &'static [Note],
}

/// A question id retired because its meaning changed; `replaced_by` asks it anew.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Retired {
    pub id: &'static str,
    pub replaced_by: Option<&'static str>,
}

impl Pack {
    pub fn customer(&self, customer: Customer) -> &CustomerRule {
        match customer {
            Customer::Individual => &self.customers.individual,
            Customer::SoleProprietor => &self.customers.sole_proprietor,
            Customer::Corporation => &self.customers.corporation,
        }
    }

    /// The questions put to the user, in pack order (not those the bank decides).
    pub fn asked(&self) -> impl Iterator<Item = &'static Question> {
        self.questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Ask)
    }

    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Where question `id` was retired: answers to it are dropped, never reinterpreted.
    pub fn retired(&self, id: &str) -> Option<&'static Retired> {
        self.retired.iter().find(|r| r.id == id)
    }

    pub fn group(&self, id: &str) -> Option<&'static Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The line a deadline's "call by" moment is taken from: the first listed contact with a
    /// number and bank-day hours (003's 事務応援課). `None` where no contact states its hours.
    pub fn notice_line(&self) -> Option<&'static Contact> {
        self.contacts
            .iter()
            .find(|c| c.phone.is_some() && c.hours.kind == ContactHoursKind::BankDays)
    }
}

/// 民法142: a period whose last day is a Sunday, a national holiday or another holiday ends the
/// next day, where there is a custom of not doing business that day. Applies, as "may be
/// extended" and never moving the strict date, only to periods that [`Counts::ForwardFromEvent`].
pub const CIVIL_CODE_142: Clause = Clause {
    cite: Cite::new("民法\u{1f}第142条"),
    clause_text: "期間の末日が日曜日、国民の祝日に関する法律(昭和二十三年法律第百七十八号)に規定する休日その他の休日に当たるときは、その日に取引をしない慣習がある場合に限り、期間は、その翌日に満了する。",
    text: crate::text!(
        "期限の末日が銀行の休業日に当たる場合、翌営業日まで延びる可能性があります（保証はありません）。厳密な期限までに通知してください。",
        "Where the last day falls on a day the bank is closed, the period may run to the next business day (not guaranteed). Notify by the strict date.",
    ),
};

const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(x) => x,
        None => NaiveDate::MIN,
    }
}

const fn hm(h: u32, m: u32) -> NaiveTime {
    match NaiveTime::from_hms_opt(h, m, 0) {
        Some(x) => x,
        None => NaiveTime::MIN,
    }
}

fn ser_hhmm_opt<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        // Written by hand: chrono's `format()` machinery costs the wasm ≈ 8 KB.
        Some(t) => s.collect_str(&format_args!("{:02}:{:02}", t.hour(), t.minute())),
        None => s.serialize_none(),
    }
}

include!(concat!(env!("OUT_DIR"), "/packs_generated.rs"));

/// Every pack, in the order of the issue: 東日本銀行 business IB, 三島信用金庫 WEB banking, WEB-FB,
/// statutory stolen card, statutory counterfeit card, JBA individual IB, JBA corporate IB
/// (each pack's `order` field).
pub fn packs() -> &'static [Pack] {
    // Opaque to the optimizer, so a build without packs (scripts/pack-size.sh) keeps the same code
    // and the difference in size is the packs' data alone.
    std::hint::black_box(&PACKS)
}

pub fn pack(id: &str) -> Option<&'static Pack> {
    packs().iter().find(|p| p.id == id)
}

#[cfg(test)]
#[path = "pack_tests.rs"]
mod tests;
