//! Text fields for amounts, dates, times and day counts. What was typed is kept verbatim in the
//! state (never rewritten); the reading is echoed under the field, and an error is tied to it
//! with `aria-describedby` and `aria-invalid`. The message updates as the user types (see
//! `events.rs`) without re-rendering the screen, so focus and caret stay put.

use super::format;
use super::html::Html;
use super::i18n::Texts;
use super::state::AppState;
use crate::engine::parse::{parse_amount_yen, parse_date, parse_time};
use crate::engine::Lang;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Amount,
    Date,
    Time,
    Days,
}

/// What a raw entry means: empty, valid with a reading to echo (`None` when it needs none), or
/// an error message.
pub enum Check {
    Empty,
    Valid(Option<String>),
    Invalid(&'static str),
}

/// Parses `raw` as `kind`. Amounts are echoed only when typed in another form than plain ASCII
/// digits, so "1.5万" shows "15,000円" but "15000" shows nothing.
pub fn check(kind: Kind, raw: &str, lang: Lang, t: &Texts) -> Check {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Check::Empty;
    }
    match kind {
        Kind::Amount => match parse_amount_yen(trimmed) {
            Ok(n) => {
                let plain = trimmed.chars().all(|c| c.is_ascii_digit());
                Check::Valid((!plain).then(|| format::yen(t, n)))
            }
            Err(e) => Check::Invalid(e.message(lang)),
        },
        Kind::Date => match parse_date(trimmed) {
            Ok(d) => Check::Valid(Some(format::date(t, d))),
            Err(e) => Check::Invalid(e.message(lang)),
        },
        Kind::Time => match parse_time(trimmed) {
            Ok(x) => Check::Valid(Some(format::time(t, x))),
            Err(e) => Check::Invalid(e.time_message(lang)),
        },
        Kind::Days => match parse_days(trimmed) {
            Some(_) => Check::Valid(None),
            None => Check::Invalid(t.days_error),
        },
    }
}

/// Whether an entry would be refused.
pub fn is_bad(kind: Kind, raw: &str, required: bool, lang: Lang, t: &Texts) -> bool {
    match check(kind, raw, lang, t) {
        Check::Empty => required,
        Check::Valid(_) => false,
        Check::Invalid(_) => true,
    }
}

/// The engine's day-count parser, under the one limit (`limits::MAX_UNAVOIDABLE_DAYS`).
pub use crate::engine::parse::parse_days;

/// A field the screens render: which signal holds it, how it is checked.
pub struct Spec {
    pub value: RwSignal<String>,
    pub kind: Kind,
    pub required: bool,
}

/// The field behind an element id: `hn-loss-<key>-<part>`, `hn-notified-on`, `hn-stolen-on`,
/// `hn-unavoidable`, `hn-already`.
pub fn spec(app: &AppState, id: &str) -> Option<Spec> {
    let s = |value, kind, required| {
        Some(Spec {
            value,
            kind,
            required,
        })
    };
    match id {
        "hn-notified-on" => return s(app.notified_on, Kind::Date, true),
        "hn-stolen-on" => return s(app.stolen_on, Kind::Date, false),
        "hn-unavoidable" => return s(app.unavoidable_days, Kind::Days, false),
        "hn-already" => return s(app.already_compensated, Kind::Amount, false),
        _ => {}
    }
    let rest = id.strip_prefix("hn-loss-")?;
    let (key, part) = rest.split_once('-')?;
    let key: u32 = key.parse().ok()?;
    let row = app
        .losses
        .with_untracked(|l| l.iter().find(|r| r.key == key).copied())?;
    match part {
        "date" => s(row.date, Kind::Date, true),
        "time" => s(row.time, Kind::Time, false),
        "amount" => s(row.amount, Kind::Amount, true),
        "recovered" => s(row.recovered, Kind::Amount, false),
        _ => None,
    }
}

/// The message under a field: (markup, invalid). Errors show once `show_error`; otherwise the
/// reading is echoed.
pub fn message(
    kind: Kind,
    raw: &str,
    required: bool,
    show_error: bool,
    lang: Lang,
    t: &Texts,
) -> (String, bool) {
    let mut h = Html::new();
    let mut invalid = false;
    match check(kind, raw, lang, t) {
        Check::Empty if required && show_error => {
            h.el("span class=\"hn-error\"", t.required);
            invalid = true;
        }
        Check::Invalid(msg) if show_error => {
            h.el("span class=\"hn-error\"", msg);
            invalid = true;
        }
        Check::Valid(Some(echo)) => {
            h.raw("<span class=\"hn-readback\">")
                .t(t.read_as)
                .raw(" ")
                .t(&echo)
                .raw("</span>");
        }
        _ => {}
    }
    (h.s, invalid)
}

/// Renders a labelled field with its hint and message.
pub fn render(h: &mut Html, app: &AppState, id: &str, label: &str, hint: Option<&str>) {
    let Some(sp) = spec(app, id) else {
        return;
    };
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let raw = sp.value.get_untracked();
    let show = app.show_errors.get_untracked() || app.touched.with_value(|s| s.contains(id));
    let (msg, invalid) = message(sp.kind, &raw, sp.required, show, lang, t);
    let inputmode = match sp.kind {
        Kind::Amount | Kind::Days => "decimal",
        Kind::Date | Kind::Time => "text",
    };
    h.raw("<div class=\"hn-field\"><label class=\"hn-label\"")
        .attr("for", id)
        .raw(">")
        .t(label)
        .raw("</label>");
    if let Some(hint) = hint {
        h.raw("<span class=\"hn-hint\"")
            .attr("id", &format!("{id}-hint"))
            .raw(">")
            .t(hint)
            .raw("</span>");
    }
    let described = if hint.is_some() {
        format!("{id}-hint {id}-msg")
    } else {
        format!("{id}-msg")
    };
    h.raw("<input class=\"hn-input\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\"")
        .attr("id", id)
        .attr("name", id)
        .attr("inputmode", inputmode)
        .attr("data-field", id)
        .attr("aria-describedby", &described)
        .attr("aria-invalid", if invalid { "true" } else { "false" })
        .flag("aria-required=\"true\"", sp.required)
        .attr("value", &raw)
        .raw("><span aria-live=\"polite\"")
        .attr("id", &format!("{id}-msg"))
        .raw(">");
    h.s.push_str(&msg);
    h.raw("</span></div>");
}
