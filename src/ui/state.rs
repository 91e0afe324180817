//! The app's state by concern. The case is a store over the model's one serde value
//! ([`DraftCase`], `#[derive(Store)]`): a path per field, so a field added to the model is in the
//! state, the draft and the export with no change here; its loss rows are keyed rows of signals.
//! Where the user is ([`Nav`]), how the screen is shown ([`View`]), the clock ([`Clock`]) and the
//! language are apart, each provided as its own context. [`AppState::snapshot`] and
//! [`AppState::load`] are the bridge to the model's [`Draft`] (drafts, export, tests). Every
//! field keeps what the user typed verbatim; parsing happens when the case file is built.

use super::i18n::{texts, Texts};
use crate::engine::case::Customer;
use crate::engine::{pack, Lang};
use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use reactive_stores::Store;
use std::collections::{BTreeMap, BTreeSet};

/// The case store's field accessors (`app.case.scheme()`, ...).
pub use crate::model::draft::DraftCaseStoreFields;

/// The one case model's types, under the names the screens have always used.
pub use crate::model::{
    Answer, Draft, DraftCase, DraftReport, DraftUi, LossDraft, Scenario, Step, FURIKOME,
    JBA_CORPORATE, JBA_INDIVIDUAL, NOT_LISTED,
};

/// A scenario's words (the type is the model's; its texts are the UI's).
impl Scenario {
    pub fn title(self, t: &Texts) -> &'static str {
        match self {
            Scenario::InternetBanking => t.sc_ib,
            Scenario::StolenCard => t.sc_stolen,
            Scenario::CounterfeitCard => t.sc_forged,
            Scenario::CreditCard => t.sc_credit,
            Scenario::Brokerage => t.sc_brokerage,
            Scenario::DataLeak => t.sc_leak,
            Scenario::InsiderData => t.sc_insider,
        }
    }

    pub fn hint(self, t: &Texts) -> &'static str {
        match self {
            Scenario::InternetBanking => t.sc_ib_hint,
            Scenario::StolenCard => t.sc_stolen_hint,
            Scenario::CounterfeitCard => t.sc_forged_hint,
            Scenario::CreditCard => t.sc_credit_hint,
            Scenario::Brokerage => t.sc_brokerage_hint,
            Scenario::DataLeak => t.sc_leak_hint,
            Scenario::InsiderData => t.sc_insider_hint,
        }
    }
}

/// How many times the whole case has been copied out of its signals or cloned as a [`Draft`]
/// (debug builds only; always 0 in a release build). The wasm-browser test reads it around one
/// keystroke, so the cost of typing stays a measured number, not a guess.
#[cfg(debug_assertions)]
static CASE_COPIES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Counts one copy of the whole case (see [`case_copies`]).
#[inline]
pub fn count_case_copy() {
    #[cfg(debug_assertions)]
    CASE_COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// The copies of the whole case counted so far (debug builds).
pub fn case_copies() -> usize {
    #[cfg(debug_assertions)]
    return CASE_COPIES.load(std::sync::atomic::Ordering::Relaxed);
    #[cfg(not(debug_assertions))]
    0
}

/// A loss row: one signal per field so typing in one re-renders only that field.
#[derive(Clone, Copy, Debug)]
pub struct LossRow {
    pub key: u32,
    pub date: RwSignal<String>,
    pub time: RwSignal<String>,
    pub amount: RwSignal<String>,
    pub recovered: RwSignal<String>,
}

impl LossRow {
    fn new(key: u32, d: LossDraft) -> Self {
        LossRow {
            key,
            date: RwSignal::new(d.date),
            time: RwSignal::new(d.time),
            amount: RwSignal::new(d.amount),
            recovered: RwSignal::new(d.recovered),
        }
    }

    pub fn draft(&self) -> LossDraft {
        LossDraft {
            date: self.date.get(),
            time: self.time.get(),
            amount: self.amount.get(),
            recovered: self.recovered.get(),
        }
    }

    fn dispose(self) {
        self.date.dispose();
        self.time.dispose();
        self.amount.dispose();
        self.recovered.dispose();
    }
}

/// Where a text field's typed text lives: a signal of its own (a loss row, a form's entry) or a
/// field of the case store (`app.case.notified_on()`), so `<Field/>` writes straight into either.
#[derive(Clone, Copy)]
pub enum TextValue {
    Signal(RwSignal<String>),
    Case(reactive_stores::Field<String>),
}

impl From<RwSignal<String>> for TextValue {
    fn from(s: RwSignal<String>) -> Self {
        TextValue::Signal(s)
    }
}

impl<Inner, Prev> From<reactive_stores::Subfield<Inner, Prev, String>> for TextValue
where
    reactive_stores::Field<String>: From<reactive_stores::Subfield<Inner, Prev, String>>,
{
    fn from(f: reactive_stores::Subfield<Inner, Prev, String>) -> Self {
        TextValue::Case(f.into())
    }
}

impl TextValue {
    pub fn get(&self) -> String {
        match self {
            TextValue::Signal(s) => s.get(),
            TextValue::Case(f) => f.get(),
        }
    }

    pub fn get_untracked(&self) -> String {
        match self {
            TextValue::Signal(s) => s.get_untracked(),
            TextValue::Case(f) => f.get_untracked(),
        }
    }

    pub fn set(&self, v: String) {
        match self {
            TextValue::Signal(s) => s.set(v),
            TextValue::Case(f) => f.set(v),
        }
    }
}

/// Where the user is: the step (mirrored into the URL and the history by `ui::mod`) and whether
/// a bank's link chose the scheme (the scheme step is then skipped).
#[derive(Clone, Copy)]
pub struct Nav {
    pub step: RwSignal<Step>,
    pub scheme_from_url: RwSignal<bool>,
}

/// How the screen is shown, apart from what the case holds: none of it is stored.
#[derive(Clone, Copy)]
pub struct View {
    /// Set when the user tries to move on: every field then shows its error.
    pub show_errors: RwSignal<bool>,
    pub emergency_open: RwSignal<bool>,
    /// True on a narrow viewport (phones and desktops now group the questions alike).
    pub narrow: RwSignal<bool>,
    /// Loss rows (by key) whose unlikely amount (0, or ten billion yen or more) the user has
    /// confirmed, with the amount as typed then (a changed amount asks again). Not stored: a
    /// reopened case asks again.
    pub confirmed_amounts: RwSignal<BTreeMap<u32, String>>,
    /// The ids of the fields the user has left on this step (their errors then show): here, not
    /// in the field, so a language switch that draws the step again keeps them.
    pub touched: RwSignal<BTreeSet<String>>,
}

impl View {
    /// The field `id` was left.
    pub fn touch(&self, id: &str) {
        if !self.touched.with_untracked(|t| t.contains(id)) {
            self.touched.update(|t| {
                t.insert(id.to_owned());
            });
        }
    }
}

/// Japan date and time, from the device clock read as UTC (never the device's zone), re-read
/// every 30 s by `ui::mod`.
#[derive(Clone, Copy)]
pub struct Clock {
    pub today: RwSignal<NaiveDate>,
    pub now: RwSignal<NaiveDateTime>,
}

/// The app's state by concern: the language, the case (its signals, below), where the user is
/// ([`Nav`]), how the screen is shown ([`View`]) and the clock ([`Clock`]). `Copy`; provided as
/// context at the root, and each concern on its own (`use_nav`, `use_view`, `use_clock`,
/// `use_lang`) for a component that needs only that.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub nav: Nav,
    pub view: View,
    pub clock: Clock,
    /// The case as typed: a store over the model's one serde value, one reactive path per field
    /// (`app.case.scheme().get()`), so a field added to `DraftCase` is in the state, the draft
    /// and the export with no change here. Its losses are [`Self::losses`] (keyed rows, each
    /// field a signal); the store's own list stays empty.
    pub case: Store<DraftCase>,
    pub losses: RwSignal<Vec<LossRow>>,
    next_key: RwSignal<u32>,
    pub advice: RwSignal<Option<String>>,
    pub ticks: RwSignal<BTreeSet<String>>,
    /// The app's root owner: a loss row's signals belong to the case, not to the screen whose
    /// button created them (that screen's owner is disposed when the step changes).
    root: StoredValue<Option<Owner>>,
}

impl AppState {
    pub fn new(lang: Lang, now: NaiveDateTime) -> Self {
        AppState {
            lang: RwSignal::new(lang),
            nav: Nav {
                step: RwSignal::new(Step::Start),
                scheme_from_url: RwSignal::new(false),
            },
            view: View {
                show_errors: RwSignal::new(false),
                emergency_open: RwSignal::new(false),
                narrow: RwSignal::new(false),
                confirmed_amounts: RwSignal::new(BTreeMap::new()),
                touched: RwSignal::new(BTreeSet::new()),
            },
            clock: Clock {
                today: RwSignal::new(now.date()),
                now: RwSignal::new(now),
            },
            case: Store::new(DraftCase::default()),
            losses: RwSignal::new(Vec::new()),
            next_key: RwSignal::new(0),
            advice: RwSignal::new(None),
            ticks: RwSignal::new(BTreeSet::new()),
            root: StoredValue::new(Owner::current()),
        }
    }

    /// Provides the whole state and each concern on its own as context.
    pub fn provide(self) {
        provide_context(self);
        provide_context(self.nav);
        provide_context(self.view);
        provide_context(self.clock);
        provide_context(self.lang);
    }

    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    pub fn t_untracked(&self) -> &'static Texts {
        texts(self.lang.get_untracked())
    }

    pub fn add_loss(&self, d: LossDraft) {
        let key = self.next_key.get_untracked();
        self.next_key.set(key.wrapping_add(1));
        let row = match self.root.get_value() {
            Some(owner) => owner.with(|| LossRow::new(key, d)),
            None => LossRow::new(key, d),
        };
        self.losses.update(|l| l.push(row));
    }

    pub fn remove_loss(&self, key: u32) {
        self.losses.update(|l| {
            if let Some(i) = l.iter().position(|r| r.key == key) {
                l.remove(i).dispose();
            }
        });
    }

    /// The pack the case is assessed under: "not listed" resolves by customer type.
    pub fn pack_id(&self) -> Option<&'static str> {
        let scheme = self.case.scheme().read();
        let id = scheme.as_deref()?;
        if id == NOT_LISTED {
            return Some(match self.case.customer().get() {
                Some(Customer::Corporation) => JBA_CORPORATE,
                _ => JBA_INDIVIDUAL,
            });
        }
        pack::pack(id).map(|p| p.id)
    }

    pub fn pack(&self) -> Option<&'static crate::engine::pack::Pack> {
        self.pack_id().and_then(pack::pack)
    }

    pub fn choose_scenario(&self, s: Scenario) {
        self.case.scenario().set(Some(s));
        self.view.show_errors.set(false);
        // A hacked brokerage account has its own questions and estimate (issue 25).
        if s == Scenario::Brokerage {
            if self.case.brokerage().read_untracked().is_none() {
                self.case.brokerage().set(Some(Default::default()));
            }
            self.go(Step::Brokerage);
            return;
        }
        if let Some(id) = s.advice_id() {
            self.advice.set(Some(id.to_string()));
            self.go(Step::Advice);
            return;
        }
        if let Some(id) = s.fixed_scheme() {
            self.case.scheme().set(Some(id.to_string()));
        } else if self
            .case
            .scheme()
            .read_untracked()
            .as_deref()
            .and_then(Scenario::for_scheme)
            != Some(Scenario::InternetBanking)
        {
            self.case.scheme().set(None);
        }
        if self.losses.read_untracked().is_empty() {
            self.add_loss(LossDraft::default());
        }
        let first = self.flow().first().copied().unwrap_or(Step::Losses);
        self.go(first);
    }

    /// The ordered steps of the banking flow for the current scenario. It ends at the result:
    /// the questions only refine it, a sub-flow reached from the result with its own counter.
    /// Internet banking chosen from the start screen asks the bank and the account holder on one
    /// screen (the scheme step); a bank's link (no scheme step) and the cards ask the holder on a
    /// step of its own.
    pub fn flow(&self) -> Vec<Step> {
        let mut steps = Vec::with_capacity(4);
        if self.customer_on_scheme_step() {
            steps.push(Step::Scheme);
        } else {
            steps.push(Step::Customer);
        }
        steps.extend([Step::Losses, Step::Notice, Step::Result]);
        steps
    }

    /// Whether the scheme step is in the flow, asking the account holder too (tracked).
    pub fn customer_on_scheme_step(&self) -> bool {
        self.case.scenario().get() == Some(Scenario::InternetBanking)
            && !self.nav.scheme_from_url.get()
    }

    /// The step to show for `step`: a customer step stored before it joined the scheme step
    /// (a draft or a history entry) opens the scheme step, which asks the same.
    pub fn fit_step(&self, step: Step) -> Step {
        if step == Step::Customer && untrack(|| self.customer_on_scheme_step()) {
            Step::Scheme
        } else {
            step
        }
    }

    /// "Step i of n" for the current step, if it is part of the flow (the question screens
    /// count their own screens instead).
    pub fn progress(&self) -> Option<(usize, usize)> {
        let step = self.nav.step.get();
        let flow = self.flow();
        let i = flow.iter().position(|s| *s == step)?;
        Some((i + 1, flow.len()))
    }

    /// "I've called": the bank was told now (Japan time); the date and time stay editable on
    /// the notice step.
    pub fn record_call(&self) {
        let now = self.clock.now.get_untracked();
        self.case.notified().set(Some(true));
        // Not chrono's `format`: its strftime parser would ship in the first module for this.
        use chrono::{Datelike as _, Timelike as _};
        let (d, t) = (now.date(), now.time());
        self.case
            .notified_on()
            .set(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()));
        self.case
            .notified_at()
            .set(format!("{:02}:{:02}", t.hour(), t.minute()));
    }

    /// Moves to a step (the URL and focus follow through effects in `mod.rs`).
    pub fn go(&self, step: Step) {
        self.view.show_errors.set(false);
        self.view.touched.set(BTreeSet::new());
        self.view.emergency_open.set(false);
        self.nav.step.set(step);
    }

    pub fn reset(&self) {
        self.load(Draft::default());
    }

    /// The case as typed, read tracked (the live result's memo follows every field).
    pub fn typed_case(&self) -> DraftCase {
        count_case_copy();
        let mut c = self.case.get();
        c.losses = self
            .losses
            .with(|rows| rows.iter().map(LossRow::draft).collect());
        c.pack_version = self
            .pack()
            .map(|p| p.version.to_owned())
            .unwrap_or_default();
        c
    }

    /// What the assessment reads (tracked): what it never reads (the call time, the report's
    /// entries) is left empty, so typing it re-runs nothing.
    pub fn assessed_case(&self) -> DraftCase {
        count_case_copy();
        DraftCase {
            scenario: self.case.scenario().get(),
            scheme: self.case.scheme().get(),
            customer: self.case.customer().get(),
            losses: self
                .losses
                .with(|rows| rows.iter().map(LossRow::draft).collect()),
            notified: self.case.notified().get(),
            notified_on: self.case.notified_on().get(),
            notified_at: String::new(),
            stolen_on: self.case.stolen_on().get(),
            unavoidable_days: self.case.unavoidable_days().get(),
            already_compensated: self.case.already_compensated().get(),
            answers: self.case.answers().get(),
            reask: Vec::new(),
            pack_version: String::new(),
            notes: self.case.notes().get(),
            report: DraftReport::default(),
            brokerage: None,
        }
    }

    /// The whole state as one value (tracked). The bookkeeping, the name and the staff note are
    /// the store's: left empty here.
    pub fn snapshot(&self) -> Draft {
        Draft {
            case: self.typed_case(),
            ui: DraftUi {
                step: self.nav.step.get(),
                advice: self.advice.get(),
                ticks: self.ticks.get(),
                staff_note: String::new(),
            },
            ..Draft::default()
        }
    }

    /// Tracks every signal [`Self::snapshot`] reads, copying nothing: autosave's trigger, so a
    /// keystroke costs no copy of the case until the debounced save reads it once.
    pub fn track_draft(&self) {
        // The store's root follows a write to any of its fields.
        self.case.track();
        self.losses.with(|rows| {
            for r in rows {
                r.date.track();
                r.time.track();
                r.amount.track();
                r.recovered.track();
            }
        });
        self.nav.step.track();
        self.advice.track();
        self.ticks.track();
    }

    /// Replaces the whole state with `d` (a draft being opened): the case in one write to the
    /// store, whatever fields it has; the loss rows as keyed rows.
    pub fn load(&self, mut d: Draft) {
        // Answers given to a wording whose meaning has since changed are dropped, never
        // reinterpreted; their successors are asked again (`reask`).
        d.case.drop_retired();
        let losses = std::mem::take(&mut d.case.losses);
        let DraftUi {
            step,
            advice,
            ticks,
            staff_note: _,
        } = d.ui;
        self.case.set(d.case);
        let old = self.losses.get_untracked();
        self.losses.set(Vec::new());
        for r in old {
            r.dispose();
        }
        for l in losses {
            self.add_loss(l);
        }
        self.advice.set(advice);
        self.ticks.set(ticks);
        self.view.show_errors.set(false);
        self.view.touched.set(BTreeSet::new());
        self.nav.step.set(self.fit_step(step));
    }

    pub fn answer(&self, id: &str) -> Option<Answer> {
        self.case.answers().read().get(id).copied()
    }

    pub fn set_answer(&self, id: &str, a: Answer) {
        self.case.answers().update(|m| {
            m.insert(id.to_string(), a);
        });
        if self
            .case
            .reask()
            .with_untracked(|r| r.iter().any(|x| x == id))
        {
            self.case.reask().update(|r| r.retain(|x| x != id));
        }
    }

    /// Whether a checklist item is ticked. An item the answers show done starts ticked; the
    /// user's own tick or untick wins ("!id" records an untick).
    pub fn is_ticked(&self, id: &str, done_hint: bool) -> bool {
        self.ticks
            .with_untracked(|tk| tk.contains(id) || (done_hint && !tk.contains(&format!("!{id}"))))
    }

    /// [`Self::is_ticked`], tracked: a checkbox follows the case's ticks.
    pub fn is_ticked_tracked(&self, id: &str, done_hint: bool) -> bool {
        self.ticks
            .with(|tk| tk.contains(id) || (done_hint && !tk.contains(&format!("!{id}"))))
    }

    pub fn set_tick(&self, id: &str, on: bool) {
        let not = format!("!{id}");
        self.ticks.update(|tk| {
            if on {
                tk.insert(id.to_string());
                tk.remove(&not);
            } else {
                tk.remove(id);
                tk.insert(not);
            }
        });
    }

    /// Focus this element after the next render (instead of the heading of a new step).
    pub fn focus_next(&self, id: impl Into<String>) {
        super::focus::after_step_focus(id.into());
    }
}

/// Where the user is (provided by [`AppState::provide`]).
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// How the screen is shown (provided by [`AppState::provide`]).
pub fn use_view() -> View {
    expect_context::<View>()
}

/// The clock (provided by [`AppState::provide`]).
pub fn use_clock() -> Clock {
    expect_context::<Clock>()
}

/// The language (provided by [`AppState::provide`]).
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<RwSignal<Lang>>()
}
