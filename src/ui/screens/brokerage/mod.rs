//! A hacked brokerage account (issue 25): the questions on one screen, then the estimate under
//! the firm's published policy (`engine::brokerage`). The form keeps its own signals (one per
//! field, bought securities as keyed rows); the handler of every control that changes it writes
//! the case back to the app's one `brokerage` field (`Form::write`, no effect), which the draft
//! stores. This file is the form; the estimate is in `result.rs`, the report for the firm and the
//! police sheet in `docs.rs`, the words in `text.rs`.

use super::super::field::{date_after, Field, Kind};
use super::super::format;
use super::super::state::{AppState, Scenario, Step};
use super::super::widgets::{use_app, ChooseOne, ErrorSummary, Heading, Nav, Radio, Tel};
use super::report::{document_view, share_document, Block, ReportInput, Section};
use crate::engine::advice::POLICE_CONTACTS;
use crate::engine::brokerage::{
    data, estimate, Basis, BoughtRow, BrokerageCase, Estimate, HowTaken, Line, Mfa, Placement,
    PolicyKind, OTHER,
};
use crate::engine::limits::MAX_ROWS;
use crate::engine::parse::parse_amount_yen;
use crate::engine::{Lang, Text};
use crate::text;
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

mod docs;
mod result;
mod text;

use docs::*;
pub use docs::{BrkDoc, BrokerageDoc};
pub use result::BrokerageResult;
use result::*;
use text::*;
// ---- The form ---------------------------------------------------------------------------------

/// A bought security: its two amounts as typed.
#[derive(Clone, Copy)]
struct Row {
    key: u32,
    paid: RwSignal<String>,
    value: RwSignal<String>,
}

/// The form's own signals.
#[derive(Clone, Copy)]
struct Form {
    firm: RwSignal<String>,
    date: RwSignal<String>,
    sold_own: RwSignal<bool>,
    bought: RwSignal<bool>,
    withdrawn: RwSignal<bool>,
    rows: RwSignal<Vec<Row>>,
    next_key: RwSignal<u32>,
    fees: RwSignal<String>,
    how: RwSignal<Option<HowTaken>>,
    mfa: RwSignal<Option<Mfa>>,
}

impl Form {
    /// The form over the case as stored; "bought" ticked with no row opens a first row to fill in.
    fn new(c: BrokerageCase) -> Form {
        let f = Form {
            firm: RwSignal::new(c.firm),
            date: RwSignal::new(c.date),
            sold_own: RwSignal::new(c.sold_own),
            bought: RwSignal::new(c.bought),
            withdrawn: RwSignal::new(c.withdrawn),
            rows: RwSignal::new(Vec::new()),
            next_key: RwSignal::new(0),
            fees: RwSignal::new(c.fees),
            how: RwSignal::new(c.how_taken),
            mfa: RwSignal::new(c.mfa),
        };
        let open_a_row = c.bought && c.bought_rows.is_empty();
        for r in c.bought_rows {
            f.add(r);
        }
        if open_a_row {
            f.add(BoughtRow::default());
        }
        f
    }

    fn add(&self, r: BoughtRow) {
        let key = self.next_key.get_untracked();
        self.next_key.set(key.wrapping_add(1));
        let row = Row {
            key,
            paid: RwSignal::new(r.paid),
            value: RwSignal::new(r.value),
        };
        self.rows.update(|rs| rs.push(row));
    }

    /// The case as typed; `None` once the form is gone (a `focusout` can bubble up from a
    /// control as the step that held it is taken down).
    fn case(&self) -> Option<BrokerageCase> {
        Some(BrokerageCase {
            firm: self.firm.try_get_untracked()?,
            date: self.date.try_get_untracked()?,
            sold_own: self.sold_own.try_get_untracked()?,
            bought: self.bought.try_get_untracked()?,
            withdrawn: self.withdrawn.try_get_untracked()?,
            bought_rows: self.rows.try_with_untracked(|rs| {
                rs.iter()
                    .map(|r| {
                        Some(BoughtRow {
                            paid: r.paid.try_get_untracked()?,
                            value: r.value.try_get_untracked()?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()
            })??,
            fees: self.fees.try_get_untracked()?,
            how_taken: self.how.try_get_untracked()?,
            mfa: self.mfa.try_get_untracked()?,
        })
    }

    /// Writes the form into the case (and so the draft), and drops the error summary once all
    /// is fixed. Called by the handler of each control that changes the form, after its own
    /// write: no effect copies the form over.
    fn write(&self, app: &AppState) {
        let Some(c) = self.case() else {
            return;
        };
        if app
            .case
            .brokerage()
            .with_untracked(|b| b.as_ref() != Some(&c))
        {
            app.case.brokerage().set(Some(c));
        }
        super::clear_errors_if_fixed(app);
    }

    /// "Bought" ticked or not; ticking it opens a first row to fill in.
    fn set_bought(&self, on: bool) {
        self.bought.set(on);
        if on && self.rows.with_untracked(Vec::is_empty) {
            self.add(BoughtRow::default());
        }
    }
}

fn typed(app: &AppState) -> BrokerageCase {
    app.case.brokerage().get_untracked().unwrap_or_default()
}

/// The firm and the day are required; every typed amount must read.
pub fn has_error(app: &AppState) -> bool {
    let c = typed(app);
    let e = estimate(&c, app.clock.today.get_untracked());
    c.firm.trim().is_empty() || e.date.is_none() || !e.bad.is_empty()
}

fn missing(app: &AppState) -> Vec<&'static str> {
    let lang = app.lang.get_untracked();
    let c = app.case.brokerage().get().unwrap_or_default();
    let mut out = Vec::new();
    if c.firm.trim().is_empty() {
        out.push(FIRM_MISSING.get(lang));
    }
    if c.date.trim().is_empty() {
        out.push(DATE_MISSING.get(lang));
    }
    out
}

/// "See the estimate": on to the result, or every error shown and the first focused.
pub fn next(app: &AppState) {
    if has_error(app) {
        app.view.show_errors.set(true);
        app.focus_next("[aria-invalid='true']");
    } else {
        app.go(Step::BrokerageResult);
    }
}

#[component]
fn RowView(row: Row, form: Form) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let key = row.key;
    let n = Memo::new(move |_| {
        form.rows
            .with(|rs| rs.iter().position(|r| r.key == key))
            .map_or(0, |i| i + 1)
            .to_string()
    });
    let id = move |part: &str| format!("hn-brk-row-{key}-{part}");
    let remove = move |_| {
        form.rows.update(|rs| rs.retain(|r| r.key != key));
        form.write(&app);
        app.focus_next("#hn-brk-add");
    };
    view! {
        <fieldset class="hn-loss">
            <legend>{move || fill(ROW_LEGEND.get(lang), "{n}", &n.get())}</legend>
            <div class="hn-loss-grid">
                <Field id=id("paid") label=ROW_PAID.get(lang) value=row.paid kind=Kind::Amount required=true />
                <Field id=id("value") label=ROW_VALUE.get(lang) value=row.value kind=Kind::Amount required=true />
            </div>
            <div class="hn-loss-actions">
                <button type="button" class="hn-btn hn-btn-danger" id=id("remove") on:click=remove>
                    {move || fill(ROW_REMOVE.get(lang), "{n}", &n.get())}
                </button>
            </div>
        </fieldset>
    }
}

#[component]
fn Check(
    id: &'static str,
    label: Text,
    value: RwSignal<bool>,
    /// Takes the new state (and writes the form).
    on_set: impl Fn(bool) + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    view! {
        <label class="hn-check" for=id>
            <input type="checkbox" id=id prop:checked=move || value.get()
                on:change=move |ev| on_set(event_target_checked(&ev)) />
            <span>{label.get(lang)}</span>
        </label>
    }
}

#[component]
pub fn BrokerageStep() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let form = Form::new(typed(&app));
    // Once, on opening: the case gets what the form opened with (a first row; a case where none was).
    form.write(&app);
    // The text fields (`<Field/>` writes its own signal first) reach the case through their
    // `input` and `focusout` (a date phrase settled) events, caught here on the way up.
    let typed_in = move || form.write(&app);
    let firm_invalid = Signal::derive(move || {
        app.view.show_errors.get() && form.firm.with(|f| f.trim().is_empty())
    });
    let firms = data()
        .firms
        .iter()
        .map(|f| {
            let id = f.id;
            view! {
                <Radio
                    name="hn-brk-firm"
                    value=id
                    id=format!("hn-brk-firm-{id}")
                    checked=Signal::derive(move || form.firm.with(|x| x == id))
                    invalid=firm_invalid
                    title=f.name.get(lang)
                    on_choose=move || {
                        form.firm.set(id.to_string());
                        form.write(&app);
                    }
                />
            }
        })
        .collect_view();
    let future = Signal::derive(move || {
        form.date
            .with(|d| date_after(d, app.clock.today.get()))
            .then_some(t.date_in_future)
    });
    let hows = HowTaken::ALL
        .into_iter()
        .map(|h| {
            view! {
                <Radio
                    name="hn-brk-how"
                    value=how_id(h)
                    id=format!("hn-brk-how-{}", how_id(h))
                    checked=Signal::derive(move || form.how.get() == Some(h))
                    invalid=Signal::derive(|| false)
                    title=how_title(h).get(lang)
                    on_choose=move || {
                        form.how.set(Some(h));
                        form.write(&app);
                    }
                />
            }
        })
        .collect_view();
    let mfas = Mfa::ALL
        .into_iter()
        .map(|m| {
            view! {
                <Radio
                    name="hn-brk-mfa"
                    value=mfa_id(m)
                    id=format!("hn-brk-mfa-{}", mfa_id(m))
                    checked=Signal::derive(move || form.mfa.get() == Some(m))
                    invalid=Signal::derive(|| false)
                    title=mfa_title(m).get(lang)
                    on_choose=move || {
                        form.mfa.set(Some(m));
                        form.write(&app);
                    }
                />
            }
        })
        .collect_view();
    let count = Memo::new(move |_| form.rows.with(Vec::len));
    view! {
        <section aria-labelledby="hn-step-heading" on:input=move |_| typed_in() on:focusout=move |_| typed_in()>
            <Heading text=TITLE.get(lang) />
            <p class="hn-lead">{LEAD.get(lang)}</p>
            <ErrorSummary has_error=has_error items=missing />
            <fieldset class="hn-choices">
                <legend>{FIRM_LEGEND.get(lang)}</legend>
                {firms}
                <Radio
                    name="hn-brk-firm"
                    value=OTHER
                    id="hn-brk-firm-other"
                    checked=Signal::derive(move || form.firm.with(|x| x == OTHER))
                    invalid=firm_invalid
                    title=FIRM_OTHER.get(lang)
                    on_choose=move || {
                        form.firm.set(OTHER.to_string());
                        form.write(&app);
                    }
                />
                <ChooseOne show=firm_invalid />
            </fieldset>
            <Field id="hn-brk-date" label=DATE_LABEL.get(lang) hint=DATE_HINT.get(lang) value=form.date kind=Kind::Date required=true issue=future />
            <fieldset class="hn-choices">
                <legend>{WHAT_LEGEND.get(lang)}</legend>
                <Check id="hn-brk-sold" label=SOLD_OWN value=form.sold_own
                    on_set=move |on| { form.sold_own.set(on); form.write(&app) } />
                <Check id="hn-brk-bought" label=BOUGHT value=form.bought
                    on_set=move |on| { form.set_bought(on); form.write(&app) } />
                <Check id="hn-brk-withdrawn" label=WITHDRAWN value=form.withdrawn
                    on_set=move |on| { form.withdrawn.set(on); form.write(&app) } />
            </fieldset>
            <Show when=move || form.bought.get()>
                <For each=move || form.rows.get() key=|r| r.key let:row>
                    <RowView row=row form=form />
                </For>
                <Show when=move || count.get() < MAX_ROWS>
                    <button type="button" class="hn-btn" id="hn-brk-add" on:click=move |_| {
                        form.add(BoughtRow::default());
                        form.write(&app);
                        if let Some(k) = form.rows.with_untracked(|rs| rs.last().map(|r| r.key)) {
                            app.focus_next(format!("#hn-brk-row-{k}-paid"));
                        }
                    }>
                        {ROW_ADD.get(lang)}
                    </button>
                </Show>
            </Show>
            <Field id="hn-brk-fees" label=FEES_LABEL.get(lang) hint=FEES_HINT.get(lang) value=form.fees kind=Kind::Amount />
            <fieldset class="hn-choices">
                <legend>{HOW_LEGEND.get(lang)}</legend>
                {hows}
            </fieldset>
            <fieldset class="hn-choices">
                <legend>{MFA_LEGEND.get(lang)}</legend>
                {mfas}
            </fieldset>
            <Nav last=true />
        </section>
    }
}

const ESTIMATE_LINK: Text = text!(
    "各社の方針で補償の見込みを調べる",
    "Get an estimate under your firm's policy"
);

/// On the brokerage advice page: on to the questions.
#[component]
pub fn EstimateLink() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    view! {
        <p>
            <button type="button" class="hn-btn hn-btn-primary" id="hn-brk-start" on:click=move |_| app.choose_scenario(Scenario::Brokerage)>
                {ESTIMATE_LINK.get(lang)}
            </button>
        </p>
    }
}
