//! Small components every screen uses: the step heading, progress, back/next, the error summary,
//! radio choices, checklist items, advice lists, contacts and `tel:` links.

use super::i18n::Texts;
use super::state::AppState;
use crate::engine::advice::{AdviceItem, Contact};
use crate::engine::Lang;
use leptos::prelude::*;

pub const HEADING_ID: &str = "hn-step-heading";

/// Stands for a name in a message formatted before the name is placed (the name is then shown
/// isolated in `<bdi>`): a control character, which a cleaned name (`engine::name::clean_name`)
/// never holds.
pub const NAME_SLOT: &str = "\u{1}";

/// `msg` (formatted with [`NAME_SLOT`] for the name) as text, with the name isolated in `<bdi>`.
pub fn named(msg: &str, name: &str) -> impl IntoView {
    let name = name.to_string();
    msg.split(NAME_SLOT)
        .enumerate()
        .map(move |(i, part)| {
            view! {
                {(i > 0).then(|| view! { <bdi>{name.clone()}</bdi> })}
                {part.to_string()}
            }
        })
        .collect_view()
}

/// The app's state, provided at the root.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// What "back", "next" and an edited field do on the current step. The screens provide it
/// (`screens::Screen`), so the widgets they are built from never call back into them.
#[derive(Clone, Copy)]
pub struct StepActions {
    pub next: fn(&AppState),
    pub back: fn(&AppState),
    /// Once everything on the step is fixed, the error summary goes away.
    pub clear_errors_if_fixed: fn(&AppState),
}

/// "根拠: 003 重大な過失(1)".
pub fn cite(lang: Lang, t: &Texts, doc: &str, clause: &str) -> String {
    let sep = if lang == Lang::Ja { "：" } else { ": " };
    format!("{}{sep}{doc} {clause}", t.source)
}

/// `tel:` target for a number as the source writes it ("#9110" → "tel:%239110").
pub fn tel_href(phone: &str) -> String {
    let mut href = String::from("tel:");
    for c in phone.chars() {
        match c {
            '#' => href.push_str("%23"),
            '0'..='9' | '+' | '*' => href.push(c),
            _ => {}
        }
    }
    href
}

/// A telephone link showing the number as the source gives it.
#[component]
pub fn Tel(
    /// The number as written in the source ("0120-340-030", "#9110").
    phone: &'static str,
) -> impl IntoView {
    view! { <a class="hn-tel" href=tel_href(phone)>{phone}</a> }
}

/// The step's heading: focus moves to it when the step changes.
#[component]
pub fn Heading(
    /// The heading's text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! { <h2 id=HEADING_ID class="hn-step-heading" tabindex="-1">{text}</h2> }
}

/// "Step i of n" and a progress bar, for a step that is part of the flow.
#[component]
pub fn Progress() -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    app.progress().map(|(i, n)| {
        view! {
            <p class="hn-progress" id="hn-progress">{(t.progress)(i, n)}</p>
            <progress class="hn-progress-bar" aria-labelledby="hn-progress" max=n value=i></progress>
        }
    })
}

/// Back and next at the foot of a step.
#[component]
pub fn Nav(
    /// The last step before the result: "next" reads "see the result".
    #[prop(into, optional)]
    last: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    // Read here, while the owner is the screen's: a click handler has no owner to ask.
    let acts = use_context::<StepActions>();
    view! {
        <div class="hn-nav">
            <button type="button" class="hn-btn" on:click=move |_| if let Some(a) = acts { (a.back)(&app) }>
                {t.back}
            </button>
            <button
                type="button"
                class="hn-btn hn-btn-primary"
                on:click=move |_| if let Some(a) = acts { (a.next)(&app) }
            >
                {move || if last.get() { t.see_result } else { t.next }}
            </button>
        </div>
    }
}

/// The error summary after a refused "next", while the step still has an error.
#[component]
pub fn ErrorSummary(
    /// Whether the step has an entry that would be refused (read when errors show).
    has_error: fn(&AppState) -> bool,
    /// What is missing, one line each (a step asking more than one thing lists them); read
    /// tracked, so a line goes once its answer is given.
    #[prop(optional)]
    items: Option<fn(&AppState) -> Vec<&'static str>>,
) -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    view! {
        <Show when=move || app.view.show_errors.get() && has_error(&app)>
            <div class="hn-alert" role="alert" id="hn-error-summary">
                <p>{t.fix_errors_first}</p>
                {move || items.map(|f| {
                    let lines = f(&app);
                    (!lines.is_empty()).then(|| view! {
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    })
                })}
            </div>
        </Show>
    }
}

/// A radio choice of a group.
#[component]
pub fn Radio(
    /// The group's `name`.
    #[prop(into)]
    name: String,
    /// The value this choice stands for.
    value: &'static str,
    /// The input's id: stable, so tests and focus moves find it.
    #[prop(into)]
    id: String,
    /// Whether this choice is the one chosen.
    #[prop(into)]
    checked: Signal<bool>,
    /// Whether the group shows its "choose one" error.
    #[prop(into)]
    invalid: Signal<bool>,
    /// The choice's words.
    title: &'static str,
    /// A line under the title.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Runs when the user chooses it.
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <label class="hn-radio">
            <input
                type="radio"
                name=name
                value=value
                id=id
                prop:checked=move || checked.get()
                aria-invalid=move || invalid.get().then_some("true")
                on:change=move |_| on_choose()
            />
            <span class="hn-radio-text">
                <span class="hn-choice-title">{title}</span>
                {hint.map(|h| view! { <span class="hn-radio-hint">{h}</span> })}
            </span>
        </label>
    }
}

/// "Choose one" under a radio group whose choice is missing.
#[component]
pub fn ChooseOne(
    /// Whether the error shows.
    #[prop(into)]
    show: Signal<bool>,
) -> impl IntoView {
    let t = use_app().t_untracked();
    view! {
        <Show when=move || show.get()>
            <span class="hn-error">{t.choose_one}</span>
        </Show>
    }
}

/// A checklist item whose tick is kept with the case (by item id).
#[component]
pub fn CheckItem(
    /// The item's id in the case's ticks.
    id: &'static str,
    /// Whether the answers show it done (it starts ticked).
    #[prop(optional)]
    done_hint: bool,
    /// The item's text.
    children: Children,
) -> impl IntoView {
    let app = use_app();
    view! {
        <li>
            <label class="hn-check">
                <input
                    type="checkbox"
                    id=format!("hn-tick-{id}")
                    prop:checked=move || app.is_ticked_tracked(id, done_hint)
                    on:change=move |ev| app.set_tick(id, event_target_checked(&ev))
                />
                <span class="hn-check-text">{children()}</span>
            </label>
        </li>
    }
}

/// Advice items in order, as a checklist or a plain list.
#[component]
pub fn AdviceItems(
    /// The items, in the pack's order.
    items: &'static [AdviceItem],
    /// Whether each can be ticked off.
    #[prop(optional)]
    checklist: bool,
    /// An item whose detail is left out (the emergency panel's "where the number is", once the
    /// bank's own contact is shown).
    #[prop(default = None)]
    no_detail: Option<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let body = move |it: &'static AdviceItem| {
        let detail = it.detail.filter(|_| no_detail != Some(it.id));
        view! {
            <span>{it.text.get(lang)}</span>
            {detail.map(|d| view! { <span class="hn-small">{d.get(lang)}</span> })}
            <span class="hn-cite">{cite(lang, t, it.source.doc, it.source.clause)}</span>
        }
    };
    let rows = items
        .iter()
        .map(|it| {
            if checklist {
                view! { <CheckItem id=it.id>{body(it)}</CheckItem> }.into_any()
            } else {
                view! {
                    <li>
                        <span class="hn-check-text">{body(it)}</span>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! { <ol class=checklist.then_some("hn-checklist")>{rows}</ol> }
}

/// Contacts of an advice pack or the emergency panel: the number only as the source gives it.
#[component]
pub fn AdviceContacts(
    /// The contacts, in the pack's order.
    contacts: &'static [Contact],
    /// A contact left out (the generic bank line, once the bank's own contact is shown).
    #[prop(default = None)]
    without: Option<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let rows = contacts
        .iter()
        .filter(|c| without != Some(c.id))
        .map(|c| {
            view! {
                <li class="hn-contact">
                    <span class="hn-contact-name">{c.name.get(lang)}</span>
                    <br />
                    {c.phone.map(|p| view! { <Tel phone=p /><br /> })}
                    {c.note.map(|n| view! { <span class="hn-small">{n.get(lang)}</span><br /> })}
                    <span class="hn-small">{format!("{}{}{}", t.hours, t.colon, c.hours.get(lang))}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="hn-contact-list">{rows}</ul> }
}
