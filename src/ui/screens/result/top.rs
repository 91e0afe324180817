//! The result's first screenful (issue 22): the call to the bank's line with open-now, the
//! verdict and amount with the last day, and the quiet 「連絡した」 that asks when and can be undone.

use super::*;

pub(super) fn verdict_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Ok => "hn-verdict hn-verdict-ok",
        Tone::Warn => "hn-verdict hn-verdict-warn",
        Tone::None => "hn-verdict hn-verdict-none",
    }
}

/// Whether the parts below the first screenful start open: for staff, who read it all.
pub(super) fn parts_open() -> bool {
    crate::ui::store::store().is_some_and(|s| s.ui.with_untracked(|u| u.staff))
}

/// "2026年11月24日(火) [至急] あと 3 日": urgency in words as well as colour; a notice
/// deadline already met reads "notified in time" instead.
#[component]
pub(super) fn DeadlineText(
    /// The deadline as the document words it.
    d: DeadlineLine,
) -> impl IntoView {
    view! {
        <span class="hn-deadline">
            <strong>{d.date}</strong>" "
            {if d.met {
                view! { <span class="hn-cov-yes hn-in-time">{d.days_text}</span> }.into_any()
            } else {
                view! {
                    <span class=d.urgency.class()>{d.urgency_text}</span>" "
                    <span class="hn-days-left">{d.days_text}</span>
                }
                .into_any()
            }}
        </span>
    }
}

/// Verdict, amount and first deadline: the top of the result and the desktop live preview.
#[component]
pub fn Summary(
    /// The language shown.
    lang: Lang,
    /// The assessment to summarize.
    a: Assessment,
) -> impl IntoView {
    let d = document::build(lang, &a, &Built::default(), "");
    view! { <VerdictView doc=d explain=true /> }
}

/// The verdict part of a document.
#[component]
pub(super) fn VerdictView(
    /// The document.
    doc: ResultDoc,
    /// Say where the answers are (the live preview); the result's top leaves it to the folded
    /// part that lists them, right below.
    #[prop(optional)]
    explain: bool,
) -> impl IntoView {
    let v = doc.verdict;
    view! {
        <div id="hn-verdict" class=verdict_class(v.tone)>
            <p class="hn-verdict-text">{v.text}</p>
            <dl class="hn-kv">
                <dt>{v.amount_label}</dt>
                <dd class="hn-amount" id="hn-amount">{v.amount}</dd>
                // Beside the amount, not among the reasons: the cap itself is an inference.
                {v.cap_note.map(|n| view! { <dd class="hn-small hn-cap-note" id="hn-cap-note">{n}</dd> })}
                {v.presumed.into_iter().map(|x| view! { <dd class="hn-small hn-presumed">{x}</dd> }).collect_view()}
                {doc.first_deadline.map(|d| view! {
                    <dt>{document::text::texts(doc.lang).first_deadline}</dt>
                    <dd class="hn-deadline-big" id="hn-first-deadline"><DeadlineText d /></dd>
                })}
            </dl>
            {v.explain.filter(|_| explain).map(|x| view! { <p class="hn-small">{x}</p> })}
        </div>
    }
}

/// "Open now (until 17:00 today)" / "Closed now. Opens next: …", from the holiday calendar;
/// `None` where the source gives no hours.
pub(super) fn status(t: &Texts, c: &Contact, now: NaiveDateTime) -> Option<(String, bool)> {
    match line_status(&c.hours.hours(), now) {
        LineStatus::Always => Some((t.line_always.to_string(), true)),
        LineStatus::Unknown => None,
        LineStatus::Open { closes_at } => {
            Some(((t.line_open)(&format::time(t, closes_at.time())), true))
        }
        LineStatus::Closed { opens_at } => {
            Some(((t.line_closed)(&format::date_time(t, opens_at)), false))
        }
    }
}

/// Open now or closed (and when it opens), following the clock.
#[component]
pub(super) fn LineStatusView(
    /// The texts of the current language.
    t: &'static Texts,
    /// The line.
    c: &'static Contact,
) -> impl IntoView {
    let app = use_app();
    move || {
        status(t, c, app.clock.now.get()).map(|(s, open)| {
            let class = if open {
                "hn-status hn-status-open"
            } else {
                "hn-status hn-status-closed"
            };
            view! { <span class=class>{s}</span> }
        })
    }
}

/// What the notice was before 「記録する」, for 「取り消す」.
pub(super) type Before = (Option<bool>, String, String);

/// The top: "tell the bank now" with the scheme's own line as the strong action; and, for below
/// the next steps, the advice and 「連絡した」, a quiet action that asks when before it records.
/// `advice` is the engine's, when there is an assessment; `before` keeps what 「記録する」
/// replaced, for 「取り消す」.
pub(super) fn tell_bank(
    lang: Lang,
    advice: Option<&'static str>,
    before: RwSignal<Option<Before>>,
) -> (impl IntoView, impl IntoView) {
    let app = use_app();
    let t = crate::ui::i18n::texts(lang);
    let line = app
        .pack()
        .and_then(|p| p.contacts.iter().find(|c| c.phone.is_some()));
    let asking = RwSignal::new(false);
    let day = RwSignal::new(String::new());
    let at = RwSignal::new(String::new());
    let ask = move |_| {
        let now = app.clock.now.get_untracked();
        // As `AppState::record_call` writes them (no strftime in the first module).
        use chrono::{Datelike as _, Timelike as _};
        let (d, t) = (now.date(), now.time());
        day.set(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()));
        at.set(format!("{:02}:{:02}", t.hour(), t.minute()));
        asking.set(true);
        crate::ui::focus::after_render("#hn-called-on");
    };
    let save = move |_| {
        before.set(Some((
            app.case.notified().get_untracked(),
            app.case.notified_on().get_untracked(),
            app.case.notified_at().get_untracked(),
        )));
        app.case.notified().set(Some(true));
        app.case.notified_on().set(day.get_untracked());
        app.case.notified_at().set(at.get_untracked());
        crate::ui::focus::after_render("#hn-step-heading");
    };
    let cancel = move |_| {
        asking.set(false);
        crate::ui::focus::after_render("#hn-called");
    };
    let call = line.map(|c| {
        view! {
            <p class="hn-call">
                <strong>{c.name.get(lang)}</strong><br />
                {c.phone.map(|ph| view! {
                    <a class="hn-btn hn-btn-primary hn-call-btn" href=tel_href(ph)>
                        {t.call_label}" "<span class="hn-tel">{ph}</span>
                    </a>
                })}
                <br /><LineStatusView t c />
            </p>
        }
    });
    // A card case names no line: where the bank's number is without the card.
    let hint = line
        .is_none()
        .then(|| view! { <p class="hn-call"><strong>{t.emergency_bank_line_hint}</strong></p> });
    let form = view! {
        <div class="hn-result-later">
            <p class="hn-small">{advice.unwrap_or(t.tell_bank_body)}</p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <p class="hn-no-print">
                        <button type="button" class="hn-btn hn-btn-quiet" id="hn-called" on:click=ask>
                            {t.called_button}
                        </button>
                    </p>
                }
            >
                <fieldset class="hn-called-form hn-no-print">
                    <legend>{t.called_form_lead}</legend>
                    <label class="hn-label" for="hn-called-on">{t.called_form_date}</label>
                    <input class="hn-input" type="date" id="hn-called-on" prop:value=move || day.get()
                        on:input=move |ev| day.set(event_target_value(&ev)) />
                    <label class="hn-label" for="hn-called-at">{t.called_form_time}</label>
                    <input class="hn-input" type="time" id="hn-called-at" prop:value=move || at.get()
                        on:input=move |ev| at.set(event_target_value(&ev)) />
                    <p>
                        <button type="button" class="hn-btn hn-btn-primary" on:click=save>{t.called_save}</button>" "
                        <button type="button" class="hn-btn" on:click=cancel>{t.called_cancel}</button>
                    </p>
                </fieldset>
            </Show>
        </div>
    };
    let alert = view! {
        <div class="hn-alert">
            <Heading text=t.tell_bank_title />
            {call}
            {hint}
        </div>
    };
    (alert, form)
}

/// The top once the bank has been told: when (editable on the notice step, undoable right
/// after 「記録する」), no "tell the bank now".
#[component]
pub(super) fn Called(
    /// The language shown.
    lang: Lang,
    /// The document's notice line.
    line: String,
    /// What 「記録する」 replaced, while it can be undone.
    before: RwSignal<Option<Before>>,
) -> impl IntoView {
    let app = use_app();
    let t = crate::ui::i18n::texts(lang);
    let undo = move |_| {
        if let Some((n, on, at)) = before.get_untracked() {
            app.case.notified().set(n);
            app.case.notified_on().set(on);
            app.case.notified_at().set(at);
        }
        before.set(None);
        crate::ui::focus::after_render("#hn-step-heading");
    };
    view! {
        <div class="hn-note hn-called">
            <Heading text=t.called_title />
            <p id="hn-called-line"><strong>{line}</strong></p>
            <p class="hn-no-print">
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Notice)>
                    {t.called_edit}
                </button>
                {move || before.get().is_some().then(|| view! {
                    " "<button type="button" class="hn-btn" id="hn-called-undo" on:click=undo>{t.called_undo}</button>
                })}
            </p>
        </div>
    }
}
