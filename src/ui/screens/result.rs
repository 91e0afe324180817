//! The result (issue 22): one [`ResultDoc`](crate::document::ResultDoc) rendered for a
//! frightened reader. The first screenful on a phone holds the bank's number and whether it is
//! open (a card case: where the bank's number is without the card), the estimate, the last day
//! with days left and the next three steps; everything else sits below under short headings, folded
//! for customers and open for staff, each unanswered question listed once. Calling is the strong
//! action; 「連絡した」 asks when and can be undone. The wording of every part is the document's.

use super::super::contact::BankContact;
use super::super::format;
use super::super::i18n::Texts;
use super::super::outcome::{use_outcome, Built};
use super::super::state::{AppState, Scenario, Step, FURIKOME};
use super::super::widgets::{
    cite, tel_href, use_app, AdviceContacts, AdviceItems, CheckItem, Heading,
};
use crate::document::{self, Coverage, DeadlineLine, LossRow, Notice, ResultDoc, Tone};
use crate::engine::advice::{advice, always_steps, result_sources, EMERGENCY};
use crate::engine::assess::{Assessment, Missing};
use crate::engine::calendar::{line_status, LineStatus};
use crate::engine::pack::{Contact, Effect, Pack};
use crate::engine::refine::{group_order, group_strongest};
use crate::engine::Lang;
use chrono::NaiveDateTime;
use leptos::prelude::*;

pub use crate::document::verdict_text;

/// The document's amount, for the screens that hold the UI's texts rather than a language.
pub fn amount_text(a: &Assessment, t: &Texts) -> String {
    document::amount_text(a, lang_of(t))
}

fn lang_of(t: &Texts) -> Lang {
    if t.lang_code == "en" {
        Lang::En
    } else {
        Lang::Ja
    }
}

fn verdict_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Ok => "hn-verdict hn-verdict-ok",
        Tone::Warn => "hn-verdict hn-verdict-warn",
        Tone::None => "hn-verdict hn-verdict-none",
    }
}

/// Whether the parts below the first screenful start open: for staff, who read it all.
fn parts_open() -> bool {
    super::super::store::store().is_some_and(|s| s.ui.with_untracked(|u| u.staff))
}

/// "2026年11月24日(火) [至急] あと 3 日": urgency in words as well as colour; a notice
/// deadline already met reads "notified in time" instead.
#[component]
fn DeadlineText(
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
fn VerdictView(
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
fn status(t: &Texts, c: &Contact, now: NaiveDateTime) -> Option<(String, bool)> {
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

/// The call-by line and the pack's other channels for after it.
#[component]
fn CallByLine(
    /// The language shown.
    lang: Lang,
    /// The scheme's pack.
    p: &'static Pack,
    /// The document's call-by sentence.
    text: String,
    /// The line it names (the others are listed for after it).
    contact: &'static str,
) -> impl IntoView {
    let t = super::super::i18n::texts(lang);
    let others: Vec<&'static Contact> = p.contacts.iter().filter(|c| c.id != contact).collect();
    let others = (!others.is_empty()).then(|| {
        let items = others
            .into_iter()
            .map(|c| {
                view! {
                    <li>
                        {c.name.get(lang)}" "
                        {match c.phone {
                            Some(ph) => view! { <super::super::widgets::Tel phone=ph /> }.into_any(),
                            None => view! { <span class="hn-muted">{c.hours.text.get(lang)}</span> }.into_any(),
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="hn-small">{t.other_channels}</p>
            <ul class="hn-small">{items}</ul>
        }
    });
    view! {
        <div class="hn-call-by">
            <p class="hn-small"><strong>{text}</strong></p>
            {others}
        </div>
    }
}

/// Open now or closed (and when it opens), following the clock.
#[component]
fn LineStatusView(
    /// The texts of the current language.
    t: &'static Texts,
    /// The line.
    c: &'static Contact,
) -> impl IntoView {
    let app = use_app();
    move || {
        status(t, c, app.now.get()).map(|(s, open)| {
            let class = if open {
                "hn-status hn-status-open"
            } else {
                "hn-status hn-status-closed"
            };
            view! { <span class=class>{s}</span> }
        })
    }
}

/// Each loss: amount, covered or not (and why), notify-by and days left.
#[component]
fn LossesTable(
    /// The texts of the current language.
    t: &'static Texts,
    /// The document's rows.
    rows: Vec<LossRow>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|r| {
            let class = match r.coverage {
                Coverage::Yes => "hn-cov-yes",
                Coverage::No => "hn-cov-no",
                Coverage::Unknown => "hn-cov-unknown",
            };
            view! {
                <tr>
                    <th scope="row" data-label=t.col_loss>
                        <span>{r.heading}<br /><span class="hn-small">{r.when}</span></span>
                    </th>
                    <td class="hn-num" data-label=t.col_amount>{r.net}</td>
                    <td data-label=t.col_covered>
                        <span>
                            <span class=class>{r.covered_text}</span>
                            {r.reason.map(|x| view! { <br /><span class="hn-small">{x}</span> })}
                        </span>
                    </td>
                    <td data-label=t.col_notify_by>{r.notify_by.unwrap_or_else(|| "—".into())}</td>
                    <td data-label=t.col_days_left>
                        <span>
                            {if r.in_time {
                                Some(view! { <span class="hn-cov-yes hn-in-time">{t.notified_in_time}</span> }.into_any())
                            } else {
                                r.days.map(|(_, u, text)| view! { <span class=u.class()>{u.label(document::text::texts(lang_of(t)))}</span>" "{text} }.into_any())
                            }}
                        </span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="hn-table-wrap">
            <table class="hn-table" id="hn-loss-table">
                <caption class="hn-visually-hidden">{t.losses_result_title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_loss}</th>
                        <th scope="col" class="hn-num">{t.col_amount}</th>
                        <th scope="col">{t.col_covered}</th>
                        <th scope="col">{t.col_notify_by}</th>
                        <th scope="col">{t.col_days_left}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Offers the deadlines as a calendar file.
fn download_ics(app: &AppState) {
    let out = use_outcome();
    let t = app.t_untracked();
    let deadlines = out
        .assessment
        .with_untracked(|a| a.as_ref().map(|a| a.deadlines.clone()))
        .unwrap_or_default();
    let body = super::super::ics::calendar(&deadlines, t, app.now.get_untracked());
    super::super::dom::download(
        "hosho-navi-deadlines.ics",
        "text/calendar;charset=utf-8",
        &body,
    );
}

/// What the notice was before 「記録する」, for 「取り消す」.
type Before = (Option<bool>, String, String);

/// The top: "tell the bank now" with the scheme's own line as the strong action; and, for below
/// the next steps, the advice and 「連絡した」, a quiet action that asks when before it records.
/// `advice` is the engine's, when there is an assessment; `before` keeps what 「記録する」
/// replaced, for 「取り消す」.
fn tell_bank(
    lang: Lang,
    advice: Option<&'static str>,
    before: RwSignal<Option<Before>>,
) -> (impl IntoView, impl IntoView) {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let line = app
        .pack()
        .and_then(|p| p.contacts.iter().find(|c| c.phone.is_some()));
    let asking = RwSignal::new(false);
    let day = RwSignal::new(String::new());
    let at = RwSignal::new(String::new());
    let ask = move |_| {
        let now = app.now.get_untracked();
        day.set(now.format("%Y-%m-%d").to_string());
        at.set(now.format("%H:%M").to_string());
        asking.set(true);
        super::super::focus::after_render("#hn-called-on");
    };
    let save = move |_| {
        before.set(Some((
            app.notified.get_untracked(),
            app.notified_on.get_untracked(),
            app.notified_at.get_untracked(),
        )));
        app.notified.set(Some(true));
        app.notified_on.set(day.get_untracked());
        app.notified_at.set(at.get_untracked());
        super::super::focus::after_render("#hn-step-heading");
    };
    let cancel = move |_| {
        asking.set(false);
        super::super::focus::after_render("#hn-called");
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
fn Called(
    /// The language shown.
    lang: Lang,
    /// The document's notice line.
    line: String,
    /// What 「記録する」 replaced, while it can be undone.
    before: RwSignal<Option<Before>>,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let undo = move |_| {
        if let Some((n, on, at)) = before.get_untracked() {
            app.notified.set(n);
            app.notified_on.set(on);
            app.notified_at.set(at);
        }
        before.set(None);
        super::super::focus::after_render("#hn-step-heading");
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

/// The way into the questions: how many are left, what they can narrow, and which groups can
/// lower the result, in the order they are asked (`engine::refine`).
#[component]
fn Refine(
    /// The language shown.
    lang: Lang,
    /// The assessment (its range).
    a: Assessment,
    /// Something other than a question (a loss's time) is still unknown: "every question
    /// answered" must not read as "nothing left" (issue 22).
    times_missing: bool,
    /// The questions the document lists as unanswered (わからない included), by pack index.
    missing_q: Vec<usize>,
) -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let t = super::super::i18n::texts(lang);
    let p = app.pack()?;
    if out.visible.with_untracked(Vec::is_empty) {
        return None;
    }
    let range = crate::document::amount_text(&a, lang);
    let narrowable = a.compensable_yen.low != a.compensable_yen.high;
    let body = move || {
        let vis = out.visible.get();
        if vis.is_empty() {
            return None;
        }
        let open: Vec<usize> = app.answers.with(|ans| {
            vis.iter()
                .copied()
                .filter(|&i| {
                    missing_q.contains(&i)
                        || p.questions.get(i).is_some_and(|q| !ans.contains_key(q.id))
                })
                .collect()
        });
        let n = open.len();
        let lead = if n == 0 && times_missing {
            t.refine_times_left.to_string()
        } else if n == 0 {
            t.refine_done.to_string()
        } else if narrowable {
            (t.refine_lead)(n, &range)
        } else {
            (t.refine_lead_fixed)(n)
        };
        let groups = group_order(p)
            .into_iter()
            .filter_map(|g| {
                let k = open
                    .iter()
                    .filter(|&&i| p.questions.get(i).is_some_and(|q| q.group == g))
                    .count();
                (k > 0).then(|| {
                    let title = p.group(g).map(|x| x.title.get(lang)).unwrap_or(g);
                    let note = match group_strongest(p, g) {
                        Effect::Excludes => Some(t.refine_can_exclude),
                        Effect::Reduces => Some(t.refine_can_reduce),
                        _ => None,
                    };
                    view! {
                        <li>
                            {title}<br />
                            <span class="hn-small">
                                {(t.refine_group_left)(k)}
                                {note.map(|x| format!(" · {x}"))}
                            </span>
                        </li>
                    }
                })
            })
            .collect_view();
        let label = if n == 0 {
            t.refine_review
        } else {
            t.refine_button
        };
        Some(view! {
            <p id="hn-refine-lead">{lead}</p>
            <ul class="hn-refine-groups">{groups}</ul>
            <button
                type="button"
                class="hn-btn hn-btn-primary hn-no-print"
                id="hn-refine"
                aria-describedby="hn-refine-lead"
                on:click=move |_| app.go(super::questions::first_open(&app, &out))
            >
                {label}
            </button>
        })
    };
    Some(view! {
        <section class="hn-note hn-refine" aria-labelledby="hn-refine-title">
            <h3 id="hn-refine-title">{t.refine_title}</h3>
            {body}
        </section>
    })
}

/// A part below the first screenful: a short heading that folds it (open for staff).
#[component]
fn Part(
    /// The heading's id (the region's name).
    id: &'static str,
    /// The heading.
    #[prop(into)]
    title: String,
    /// The part.
    children: Children,
) -> impl IntoView {
    view! {
        <details class="hn-part" open=parts_open()>
            <summary class="hn-part-title" id=id>{title}</summary>
            <section aria-labelledby=id>{children()}</section>
        </details>
    }
}

/// The one list of what is unanswered and could change the result, each with where to answer it.
#[component]
fn MissingList(
    /// The language shown.
    lang: Lang,
    /// The document.
    doc: ResultDoc,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let n = doc.missing.len();
    (n > 0).then(|| {
        let items = doc
            .missing
            .into_iter()
            .map(|m| {
                let target = match m.what {
                    Missing::Question(_) => {
                        Step::Questions(u16::try_from(m.question.unwrap_or(0)).unwrap_or(0))
                    }
                    _ => Step::Losses,
                };
                view! {
                    <li>
                        {m.text}" "
                        <button type="button" class="hn-btn hn-no-print" on:click=move |_| app.go(target)>
                            {t.answer_now}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <Part id="hn-missing-title" title=(t.part_missing)(n)>
                <p>{t.missing_lead}</p>
                <ul aria-label=t.missing_title>{items}</ul>
            </Part>
        }
    })
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    // Outlives each redraw, so 「取り消す」 survives the verdict changing under it.
    let before = RwSignal::new(None::<Before>);
    move || {
        let a = out.assessment.get();
        let built = out.built.get();
        let Some(a) = a else {
            return view! {
                <section aria-labelledby="hn-step-heading" class="hn-result">
                    <div class="hn-result-top">{tell_bank(lang, None, before)}</div>
                    <p class="hn-warn-box">{t.engine_error}</p>
                    <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Losses)>
                        {t.edit_answers}
                    </button>
                </section>
            }
            .into_any();
        };
        let doc = document::build(lang, &a, &built, &app.notified_at.get_untracked());
        view! { <ResultBody lang a built doc before /> }.into_any()
    }
}

/// A clause one tap away: its citation opens its original wording.
#[component]
fn ClauseDetails(
    /// The language shown.
    lang: Lang,
    /// The source document's id.
    doc: &'static str,
    /// The clause as the document numbers it.
    clause: &'static str,
    /// Its original wording (empty where the pack does not quote it).
    clause_text: &'static str,
) -> impl IntoView {
    let t = super::super::i18n::texts(lang);
    view! {
        <details>
            <summary>{cite(lang, t, doc, clause)}</summary>
            {(!clause_text.is_empty()).then(|| view! { <blockquote lang="ja">{clause_text}</blockquote> })}
        </details>
    }
}

/// 理由と根拠: the scheme's own limits with the answer each rests on, then each answer as a fact
/// and what it does under its clause; apart, what the bank will decide. The unanswered questions
/// are listed once, in their own part.
#[component]
fn Reasons(
    /// The language shown.
    lang: Lang,
    /// The document.
    doc: ResultDoc,
) -> impl IntoView {
    let t = super::super::i18n::texts(lang);
    if doc.limits.is_empty() && doc.facts.is_empty() && doc.bank_decides.is_empty() {
        return ().into_any();
    }
    let line = move |r: document::ReasonLine| {
        let class = if r.adverse {
            "hn-cov-no"
        } else if r.unknown {
            "hn-cov-unknown"
        } else {
            ""
        };
        view! {
            <li>
                <span class=class>
                    {r.text}
                    {r.effect.map(|e| format!(" → {e}"))}
                </span>
                {r.rests_on.map(|x| view! { <br /><span class="hn-small hn-rests-on">{x}</span> })}
                <ClauseDetails lang doc=r.doc clause=r.clause clause_text=r.clause_text />
            </li>
        }
    };
    let given: Vec<_> = doc.limits.into_iter().chain(doc.facts).map(line).collect();
    let bank: Vec<_> = doc.bank_decides.into_iter().map(line).collect();
    let given = (!given.is_empty())
        .then(|| view! { <ul class="hn-reasons" id="hn-reasons-given">{given}</ul> });
    let bank = (!bank.is_empty()).then(|| {
        view! {
            <h4 id="hn-reasons-bank-title">{t.reasons_bank_title}</h4>
            <p class="hn-small">{t.reasons_bank_lead}</p>
            <ul class="hn-reasons" aria-labelledby="hn-reasons-bank-title">{bank}</ul>
        }
    });
    view! {
        <Part id="hn-reasons-title" title=t.reasons_title>
            {given}
            {bank}
        </Part>
    }
    .into_any()
}

/// Everything under the verdict.
#[component]
fn ResultBody(
    /// The language shown.
    lang: Lang,
    /// The assessment.
    a: Assessment,
    /// The case file it was made from.
    built: Built,
    /// The result document built from both.
    doc: ResultDoc,
    /// What 「記録する」 replaced, while it can be undone.
    before: RwSignal<Option<Before>>,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let p = app.pack();
    let next = doc
        .next_steps(3)
        .map(|s| view! { <li>{s.text}</li> })
        .collect_view();
    let n_steps = doc.steps.len();
    let steps = doc
        .steps
        .iter()
        .map(|s| {
            let (text, done) = (s.text, s.done_hint);
            let source = cite(lang, t, s.doc, s.clause);
            view! {
                <CheckItem id=s.id done_hint=done>
                    <span>{text}</span>
                    {done.then(|| view! { <span class="hn-small">{t.done_from_answers}</span> })}
                    <span class="hn-cite">{source}</span>
                </CheckItem>
            }
        })
        .collect_view();
    let has_period = p.is_some_and(|p| p.window.is_some() || p.bar.is_some());
    let deadlines = if doc.deadlines.is_empty() {
        (!has_period).then(|| view! { <p>{t.no_deadline}</p> }.into_any())
    } else {
        let items = doc
            .deadlines
            .iter()
            .zip(&a.deadlines)
            .map(|(d, x)| {
                let call_by = d.call_by.clone().zip(p).zip(x.call_by).map(|((text, p), cb)| {
                    view! { <CallByLine lang p text contact=cb.contact /> }
                });
                view! {
                    <li>
                        {d.label}{t.colon}
                        <DeadlineText d=d.clone() />
                        {d.holiday.clone().map(|x| view! { <br /><span class="hn-small">{x}</span> })}
                        {call_by}
                    </li>
                }
            })
            .collect_view();
        let ext = a.extension.map(|c| {
            view! {
                <details>
                    <summary>{cite(lang, t, c.cite.doc(), c.cite.clause())}</summary>
                    <p>{c.text.get(lang)}</p>
                    <blockquote lang="ja">{c.clause_text}</blockquote>
                </details>
            }
        });
        Some(view! { <ul>{items}</ul>{ext} }.into_any())
    };
    let furikome = (app.scenario.get_untracked() == Some(Scenario::InternetBanking))
        .then(|| advice(FURIKOME))
        .flatten()
        .map(|f| {
            let open = move |_| {
                app.advice.set(Some(FURIKOME.to_string()));
                app.go(Step::Advice);
            };
            view! {
                <Part id="hn-furikome-title" title=t.furikome_title>
                    <p>{f.summary.get(lang)}</p>
                    <button type="button" class="hn-btn hn-no-print" on:click=open>{t.furikome_open}</button>
                </Part>
            }
        });
    let notes = (!a.notes.is_empty()).then(|| {
        let items = a
            .notes
            .iter()
            .map(|n| {
                view! {
                    <li>
                        {n.text.get(lang)}
                        {n.cite.map(|c| view! { <br /><span class="hn-cite">{cite(lang, t, c.doc(), c.clause())}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Part id="hn-notes-title" title=t.notes_title>
                <ul>{items}</ul>
            </Part>
        }
    });
    // The documents this result cites: the pack's, then those of its 必ず steps (issue 12).
    let sources = p.map(|p| {
        let items = result_sources(p, a.extension.is_some())
            .into_iter()
            .map(|s| {
                view! {
                    <li>
                        {s.doc}" "{s.title.get(lang)}
                        {s.as_of.map(|d| (t.in_parens)(&(t.as_of)(&format::date(t, d))))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Part id="hn-sources-title" title=t.sources_title>
                <ul class="hn-small">{items}</ul>
                {p.as_of_note.map(|n| view! { <p class="hn-small">{n.get(lang)}</p> })}
            </Part>
            <p class="hn-disclaimer">
                {t.disclaimer}" "{(t.as_of)(&format::date(t, p.as_of))}" · "{(t.version)(p.version)}
            </p>
        }
    });
    let bad_rows = built.bad_rows;
    let counted = match &doc.notice {
        Notice::Told { counted, .. } => Some(view! { <p>{counted.clone()}</p> }),
        Notice::NotYet { .. } => None,
    };
    let (top, later) = match &doc.notice {
        Notice::NotYet { advice } => {
            let (top, later) = tell_bank(lang, Some(*advice), before);
            (top.into_any(), Some(later.into_any()))
        }
        Notice::Told { line, .. } => (
            view! { <Called lang line=line.clone() before /> }.into_any(),
            None,
        ),
    };
    let missing_q: Vec<usize> = doc.missing.iter().filter_map(|m| m.question).collect();
    let times_missing = doc
        .missing
        .iter()
        .any(|m| !matches!(m.what, Missing::Question(_)));
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-result">
            <div class="hn-result-top">
                {top}
                <VerdictView doc=doc.clone() />
                {(!doc.steps.is_empty()).then(|| view! {
                    <section class="hn-next" aria-labelledby="hn-next-title">
                        <h3 id="hn-next-title">{t.first_three}</h3>
                        <ol class="hn-next-steps">{next}</ol>
                    </section>
                })}
                {later}
            </div>
            <super::questions::ReaskNotice />
            <Refine lang a=a.clone() times_missing missing_q />
            <p class="hn-print-only" id="hn-printed-at"></p>
            <p class="hn-small hn-muted">
                {doc.scheme.map(|s| view! { {t.scheme_chosen}{t.colon}{s}<br /> })}
                {move || (t.today_is)(&format::date(t, app.today.get()))}
            </p>
            <section aria-labelledby="hn-losses-title">
                <h3 id="hn-losses-title">{t.losses_result_title}</h3>
                <LossesTable t rows=doc.losses.clone() />
                {(bad_rows > 0).then(|| view! { <p class="hn-warn-box">{(t.rows_with_errors)(bad_rows)}</p> })}
            </section>
            <MissingList lang doc=doc.clone() />
            <Part id="hn-steps-title" title=(t.part_steps)(n_steps)>
                <p class="hn-small">{t.steps_lead}</p>
                <ol class="hn-checklist">{steps}</ol>
            </Part>
            <Part id="hn-deadlines-title" title=t.deadlines_title>
                {counted}
                {deadlines}
            </Part>
            <Reasons lang doc=doc.clone() />
            <Part id="hn-contacts-title" title=t.contacts_title>
                // The bank's own line first; the generic "your bank's line" only without a scheme.
                <BankContact cited=true expanded=true />
                <h4>{t.contacts_general}</h4>
                <AdviceContacts contacts=EMERGENCY.contacts without=p.map(|_| "bank-line") />
            </Part>
            <Part id="hn-always-title" title=t.always_title>
                <p class="hn-small">{t.always_lead}</p>
                {p.map(|p| view! { <AdviceItems items=always_steps(p) checklist=true /> })}
            </Part>
            {furikome}
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| download_ics(&app)>
                    {t.ics_button}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| super::super::dom::print()>
                    {t.print_button}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Report)>
                    {super::super::i18n_report::rtexts(lang).open_bank}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Police)>
                    {super::super::i18n_report::rtexts(lang).open_police}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::FollowUp)>
                    {super::super::i18n_report::rtexts(lang).open_followup}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Losses)>
                    {t.edit_answers}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| app.reset()>
                    {t.start_over}
                </button>
            </div>
            {notes}
            {sources}
        </section>
    }
}
