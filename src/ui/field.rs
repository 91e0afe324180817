//! Text fields for amounts, dates, times and day counts. What was typed is kept verbatim in the
//! state (never rewritten); the reading is echoed under the field, and an error is tied to it
//! with `aria-describedby` and `aria-invalid`. The message updates as the user types without
//! touching the input, so focus and caret stay put.

use super::format;
use super::i18n::Texts;
use super::widgets::{use_app, StepActions};
use crate::engine::Lang;
use leptos::prelude::*;

/// What a field holds; a date field knows which way it lies (`model::check`, where every entry is
/// read once).
pub use crate::model::check::Kind;
use crate::model::check::{read, Problem, Reading};

/// What a raw entry means: empty, valid with a reading to echo (`None` when it needs none), or
/// an error message.
pub enum Check {
    Empty,
    Valid(Option<String>),
    Invalid(&'static str),
}

/// Parses `raw` as `kind`. Every amount is echoed as read ("380000" shows 「読み取り: 380,000円」
/// as "1.5万" shows "15,000円"), so a slip of a digit shows before it reaches the verdict.
pub fn check(kind: Kind, raw: &str, lang: Lang, t: &Texts) -> Check {
    check_on(kind, raw, lang, t, None)
}

/// `check`, with the dates people say (「昨日」「11月24日」「先週の金曜」) read against `today` (Japan
/// time) when it is given.
pub fn check_on(
    kind: Kind,
    raw: &str,
    lang: Lang,
    t: &Texts,
    today: Option<chrono::NaiveDate>,
) -> Check {
    match read(kind, raw, today) {
        Ok(None) => Check::Empty,
        Ok(Some(r)) => Check::Valid(match r {
            Reading::Amount(n) => Some(format::yen(t, n)),
            Reading::Date(d) => Some(format::date(t, d)),
            Reading::Time(x) => Some(format::time(t, x)),
            Reading::Days(_) => None,
        }),
        Err(p) => Check::Invalid(match p {
            Problem::Amount(e) => e.message(lang),
            Problem::Date(e) => e.message(lang),
            Problem::Time(e) => e.time_message(lang),
            Problem::Days => t.days_error,
        }),
    }
}

/// Whether an entry would be refused (`model::check::refused`; `lang` and `t` are not read).
pub fn is_bad(kind: Kind, raw: &str, required: bool, _lang: Lang, _t: &Texts) -> bool {
    crate::model::check::refused(kind, raw, required)
}

/// The engine's day-count parser, under the one limit (`limits::MAX_UNAVOIDABLE_DAYS`).
pub use crate::engine::parse::parse_days;

/// The message under a field: an error once errors show, else the reading.
fn message_view(
    kind: Kind,
    raw: &str,
    required: bool,
    errors: Errors,
    issue: Option<&'static str>,
    (lang, t, today): (Lang, &Texts, chrono::NaiveDate),
) -> (AnyView, bool) {
    match check_on(kind, raw, lang, t, Some(today)) {
        Check::Valid(_) if issue.is_some() && errors != Errors::None => (
            view! { <span class="hn-error">{issue}</span> }.into_any(),
            true,
        ),
        Check::Empty if required && errors == Errors::All => (
            view! { <span class="hn-error">{t.required}</span> }.into_any(),
            true,
        ),
        Check::Invalid(msg) if errors != Errors::None => (
            view! { <span class="hn-error">{msg}</span> }.into_any(),
            true,
        ),
        Check::Valid(Some(echo)) => (
            view! { <span class="hn-readback">{t.read_as}" "{echo}</span> }.into_any(),
            false,
        ),
        _ => (().into_any(), false),
    }
}

/// Which errors a field shows: none while first typed, a wrong entry once the user has left the
/// field, and a missing one too after a refused "next". An empty field left on the way to
/// another control says nothing: a message appearing there would move the control under the
/// pointer (a tap on 取引を追加 right after a date field was lost that way).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    None,
    Invalid,
    All,
}

/// A labelled text field with its hint, reading and error. What was typed is kept verbatim;
/// nothing rewrites the field while the user types (`prop:value` only ever echoes it back).
#[component]
pub fn Field(
    /// The input's id (also its name): stable, so focus moves and tests find it.
    #[prop(into)]
    id: String,
    /// The label's text.
    label: &'static str,
    /// A line under the label (format help).
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Where the typed text lives.
    #[prop(into)]
    value: super::state::TextValue,
    /// How the text is read.
    kind: Kind,
    /// Whether an empty field is refused.
    #[prop(optional)]
    required: bool,
    /// What makes a readable entry impossible given the rest of the case (a date after today,
    /// more returned than taken): shown as the field's error, and the step will not move on.
    #[prop(optional, into)]
    issue: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let acts = use_context::<StepActions>();
    // Kept in the view state, not here: a language switch draws the field again.
    let touched = {
        let id = id.clone();
        Memo::new(move |_| app.view.touched.with(|t| t.contains(&id)))
    };
    let field_id = id.clone();
    let errors = move || {
        if app.view.show_errors.get() {
            Errors::All
        } else if touched.get() {
            Errors::Invalid
        } else {
            Errors::None
        }
    };
    let msg = Memo::new(move |_| {
        let raw = value.get();
        let e = errors();
        let problem = issue.and_then(|i| i.get());
        let today = app.clock.today.get();
        let (_, invalid) = message_view(kind, &raw, required, e, problem, (lang, t, today));
        (raw, e, problem, invalid, today)
    });
    let invalid = move || msg.with(|m| m.3);
    let inputmode = match kind {
        Kind::Amount | Kind::Days => "decimal",
        Kind::Date | Kind::DueDate | Kind::Time => "text",
    };
    let hint_id = format!("{id}-hint");
    let msg_id = format!("{id}-msg");
    let described = if hint.is_some() {
        format!("{hint_id} {msg_id}")
    } else {
        msg_id.clone()
    };
    view! {
        <div class="hn-field">
            <label class="hn-label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="hn-hint" id=hint_id>{h}</span> })}
            <input
                class="hn-input"
                type="text"
                autocomplete="off"
                spellcheck="false"
                id=id.clone()
                name=id
                inputmode=inputmode
                aria-describedby=described
                aria-invalid=move || if invalid() { "true" } else { "false" }
                aria-required=required.then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    if let Some(a) = acts {
                        (a.clear_errors_if_fixed)(&app);
                    }
                }
                on:focusout=move |_| {
                    app.view.touch(&field_id);
                    if kind.is_date() {
                        settle_phrase(value, kind, lang, app.clock.today.get_untracked());
                    }
                }
            />
            <span aria-live="polite" id=msg_id>
                {move || {
                    msg.with(|(raw, e, problem, _, today)| {
                        message_view(kind, raw, required, *e, *problem, (lang, t, *today)).0
                    })
                }}
            </span>
        </div>
    }
}

/// A date said relative to today (「昨日」「先週の金曜」, 「12月20日」 in the field's direction) becomes
/// the date it reads as once the user leaves the field, so a draft reopened on another day keeps
/// the day meant (a saved 「昨日」 would move). Any other text, readable or not, stays as typed.
fn settle_phrase(value: super::state::TextValue, kind: Kind, lang: Lang, today: chrono::NaiveDate) {
    let raw = value.get_untracked();
    if date_of(&raw).is_some() {
        return;
    }
    if let Ok(Some(Reading::Date(d))) = read(kind, &raw, Some(today)) {
        // By hand: chrono's `format` would link its whole formatter (~8 KB of wasm).
        use chrono::Datelike;
        let (y, m, day) = (d.year(), d.month(), d.day());
        value.set(match lang {
            Lang::Ja => format!("{y}年{m}月{day}日"),
            Lang::En => format!("{y:04}-{m:02}-{day:02}"),
        });
    }
}

/// The entries as the model reads them (`model::check`).
pub use crate::model::check::{date_after, date_of, needs_confirm, recovered_above, yen_of};
