//! `<BankContact/>`: the bank's number first, on every step once the scheme is known and in the
//! emergency panel. What to show comes from `engine::hours::contact_plan` (the pack's lines and
//! hours, the holiday calendar); this file only lays it out.

use super::format;
use super::i18n::{texts, Texts};
use super::i18n_contact::{ctexts, ContactTexts};
use super::state::Scenario;
use super::widgets::{cite, use_app, Tel};
use crate::engine::calendar::LineStatus;
use crate::engine::hours::{contact_plan, ContactPlan, FindNumber};
use crate::engine::pack::{Contact, Pack};
use crate::engine::Lang;
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;

/// "Open now (until 17:00 today)" / "Closed now. Opens …"; `None` where the source gives no hours.
pub fn status_text(t: &Texts, ct: &ContactTexts, s: LineStatus) -> Option<(String, bool)> {
    match s {
        LineStatus::Always => Some((ct.always.to_string(), true)),
        LineStatus::Unknown => None,
        LineStatus::Open { closes_at } => {
            Some(((ct.open_until)(&format::time(t, closes_at.time())), true))
        }
        LineStatus::Closed { opens_at } => {
            Some(((ct.closed_opens)(&format::date_time(t, opens_at)), false))
        }
    }
}

/// The bank's contact for the case's scheme: its number as a `tel:` link, its hours, open now or
/// when it opens; while closed, what to do now. Nothing before a scheme is chosen.
#[component]
pub fn BankContact(
    /// Leave the police lines out of "what to do now" (the emergency panel lists them itself).
    #[prop(optional)]
    no_police: bool,
    /// Name each line's source (the result's contacts part).
    #[prop(optional)]
    cited: bool,
    /// Show "what to do now" open (the emergency panel, the result); on the steps it is one tap
    /// away, so the step's own question stays near the top of a phone's screen.
    #[prop(optional)]
    expanded: bool,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    move || {
        let p = app.pack()?;
        let stolen = app.case.scenario().get() == Some(Scenario::StolenCard);
        Some(view! { <Plan lang p stolen no_police cited expanded /> })
    }
}

/// The box for one pack; only the open/closed parts follow the clock.
#[component]
fn Plan(
    /// The language shown.
    lang: Lang,
    /// The scheme's pack.
    p: &'static Pack,
    /// A stolen card: never send the user to the card for the number.
    stolen: bool,
    /// Leave the police lines out.
    no_police: bool,
    /// Name each line's source.
    cited: bool,
    /// "What to do now" open rather than one tap away.
    expanded: bool,
) -> impl IntoView {
    let app = use_app();
    let t = texts(lang);
    let ct = ctexts(lang);
    let plan = contact_plan(p, stolen, app.clock.now.get_untracked());
    let ContactPlan {
        line, others, find, ..
    } = plan;
    let status = Memo::new(move |_| contact_plan(p, stolen, app.clock.now.get()).status);
    let source = move |c: &'static Contact| {
        cited.then(|| {
            view! { <span class="hn-cite">{cite(lang, t, c.cite.doc(), c.cite.clause())}</span> }
        })
    };
    let line_view = line.map(|c| {
        view! {
            <p class="hn-bank-line">
                <span class="hn-contact-name">{c.name.get(lang)}</span>
                " "
                {c.phone.map(|ph| view! { <Tel phone=ph /> })}
            </p>
            <p class="hn-small hn-bank-hours">
                {hours_line(lang, ct, c)}
                {move || {
                    status_text(t, ct, status.get()).map(|(s, open)| {
                        let class = if open { "hn-status hn-status-open" } else { "hn-status hn-status-closed" };
                        view! { " " <span class=class id="hn-bank-status">{s}</span> }
                    })
                }}
            </p>
            {source(c)}
        }
    });
    // The source names lines without any number: say so, and where to look, once.
    let named = matches!(find, Some(FindNumber::NamedWithoutNumber));
    let find_view = find.map(|f| {
        let text = match f {
            FindNumber::NamedWithoutNumber => {
                let names: Vec<&str> = others.iter().map(|c| c.name.get(lang)).collect();
                (ct.named_no_number)(&names.join(ct.name_sep))
            }
            FindNumber::AskYourBank => ct.ask_your_bank.to_string(),
            FindNumber::AskIssuerNotCard => ct.ask_issuer.to_string(),
        };
        let more = (f == FindNumber::AskIssuerNotCard).then_some(ct.go_on_without);
        let cites = (named && cited).then(|| {
            others
                .first()
                .map(|c| view! { <span class="hn-cite">{cite(lang, t, c.cite.doc(), c.cite.clause())}</span> })
        });
        view! {
            <p class="hn-bank-find" id="hn-bank-find">{text}</p>
            {more.map(|m| view! { <p class="hn-small">{m}</p> })}
            {cites}
        }
    });
    // The pack's other lines, where it has a line with a number too (else `find` named them).
    let has_others = !named && !others.is_empty();
    // While the line is closed: the other channels, an out-of-hours line, the police.
    let now_view = move || {
        let closed = matches!(status.get(), LineStatus::Closed { .. });
        closed.then(|| {
            let list = view! {
                <ul class="hn-small">
                    <li>{ct.out_of_hours}</li>
                    {if no_police {
                        view! { <li>{ct.police_below}</li> }.into_any()
                    } else {
                        view! {
                            <li>{ct.police_emergency}" "<Tel phone="110" /></li>
                            <li>{ct.police_consult}" "<Tel phone="#9110" /></li>
                        }
                        .into_any()
                    }}
                </ul>
            };
            if expanded {
                view! {
                    <div class="hn-bank-now" id="hn-bank-now">
                        <p><strong>{ct.now_title}</strong></p>
                        {list}
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <details class="hn-bank-now" id="hn-bank-now">
                        <summary><strong>{ct.now_title}</strong></summary>
                        {list}
                    </details>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="hn-bank-contact" id="hn-bank-contact" role="group" aria-labelledby="hn-bank-contact-title">
            <p class="hn-bank-contact-title" id="hn-bank-contact-title">
                <strong>{ct.title}</strong>
            </p>
            {line_view}
            {find_view}
            {has_others.then(|| view! { <OtherLines lang others=others.clone() cited /> })}
            {now_view}
        </div>
    }
}

/// "受付時間：平日9:00～17:00": a line's hours as the box and the first-hour line show them.
pub fn hours_line(lang: Lang, ct: &ContactTexts, c: &Contact) -> String {
    format!("{}{}{}", ct.hours, sep(lang), c.hours.text.get(lang))
}

/// "（…）" in Japanese, " (…)" in English.
fn paren(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

fn sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "：",
        Lang::En => ": ",
    }
}

/// The pack's lines besides the one with a number.
#[component]
fn OtherLines(
    /// The language shown.
    lang: Lang,
    /// The lines.
    others: Vec<&'static Contact>,
    /// Name each line's source.
    cited: bool,
) -> impl IntoView {
    let t = texts(lang);
    let ct = ctexts(lang);
    let items = others
        .into_iter()
        .map(|c| {
            view! {
                <li>
                    <span class="hn-contact-name">{c.name.get(lang)}</span>
                    " "
                    {c.phone.map(|ph| view! { <Tel phone=ph /> })}
                    <span class="hn-small">{paren(lang, c.hours.text.get(lang))}</span>
                    {cited.then(|| view! { <br /><span class="hn-cite">{cite(lang, t, c.cite.doc(), c.cite.clause())}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="hn-small hn-bank-also">{ct.also}</p>
        <ul class="hn-small hn-bank-others">{items}</ul>
    }
}
