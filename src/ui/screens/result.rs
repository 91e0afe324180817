//! The result: "tell the bank now" first, then the verdict in plain words with the amount range
//! and the first deadline; the next steps as a checklist; what is still unanswered; each loss;
//! every deadline; the reasons with their clauses; contacts with open-now; the steps that always
//! apply; calendar and print; and the guidance line with the source's as-of date.
//! Long (~680 lines) because it is one screen's components in reading order, each small.

use super::super::contact::BankContact;
use super::super::format::{self, Urgency};
use super::super::i18n::Texts;
use super::super::outcome::{use_outcome, Built};
use super::super::state::{AppState, Scenario, Step, FURIKOME};
use super::super::widgets::{cite, use_app, AdviceContacts, AdviceItems, CheckItem, Heading, Tel};
use crate::engine::advice::{advice, always_steps, result_sources, EMERGENCY};
use crate::engine::assess::{
    Assessment, CallBy, Deadline, DeadlineKind, LossReason, ReasonEffect, Verdict,
};
use crate::engine::calendar::{is_bank_closed, line_status, LineStatus};
use crate::engine::facts;
use crate::engine::pack::{Contact, Counts, Effect, Pack, QuestionKind};
use crate::engine::parse::parse_time;
use crate::engine::refine::{group_order, group_strongest};
use crate::engine::Lang;
use crate::ui::state::DraftCaseStoreFields as _;
use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;

/// The verdict in words: the engine's own label, so the result, the staff summary and the
/// report for the bank cannot word one verdict differently.
pub fn verdict_text(v: Verdict, lang: Lang) -> &'static str {
    v.label().get(lang)
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Full | Verdict::Capped | Verdict::Partial => "hn-verdict hn-verdict-ok",
        Verdict::Reduced | Verdict::ReducedOpenRate | Verdict::CaseByCase | Verdict::NeedsInfo => {
            "hn-verdict hn-verdict-warn"
        }
        Verdict::None => "hn-verdict hn-verdict-none",
    }
}

/// The amount: one figure, a range, or (a reduction at a rate the bank sets) "reduced from" the
/// covered total, which must not read as "0円 to …", a possible refusal.
pub fn amount_text(a: &Assessment, t: &Texts) -> String {
    let r = a.compensable_yen;
    if a.verdict == Verdict::ReducedOpenRate {
        (t.amount_reduced_open)(&format::yen(t, r.high))
    } else if r.low == r.high {
        format::yen(t, r.low)
    } else {
        (t.amount_range)(&format::yen(t, r.low), &format::yen(t, r.high))
    }
}

/// What the estimate presumes about facts the bank must prove (`Assessment::presumed`), each
/// once, in the pack's words: said beside the amount wherever it is written.
pub(crate) fn presumed_texts(a: &Assessment, lang: Lang) -> Vec<&'static str> {
    let Some(p) = crate::engine::pack::pack(a.scheme) else {
        return Vec::new();
    };
    let mut out: Vec<&'static str> = Vec::new();
    for q in a.presumed.iter().filter_map(|id| p.question(id)) {
        if let Some(x) = q.presumed.map(|x| x.get(lang)) {
            if !out.contains(&x) {
                out.push(x);
            }
        }
    }
    out
}

/// Why a loss is not covered, in words; the staff summary prints the same text.
pub(crate) fn loss_reason_text(r: LossReason, t: &Texts) -> &'static str {
    match r {
        LossReason::CustomerType => t.reason_customer_type,
        LossReason::BeforeStart => t.reason_before_start,
        LossReason::AfterNotice => t.reason_after_notice,
        LossReason::Window => t.reason_window,
        LossReason::TwoYearBar => t.reason_two_year_bar,
        LossReason::TimeUnknown => t.reason_time_unknown,
        LossReason::StartAmbiguous => t.reason_start_ambiguous,
    }
}

/// "2026年11月24日(火) [至急] あと 3 日": urgency in words as well as colour; a notice
/// deadline already met reads "notified in time" instead.
#[component]
fn DeadlineText(
    /// The texts of the current language.
    t: &'static Texts,
    /// The last day.
    date: NaiveDate,
    /// Days from today (Japan) to it.
    days_left: i64,
    /// The bank was told on or before this last day.
    #[prop(optional)]
    met: bool,
) -> impl IntoView {
    view! {
        <span class="hn-deadline">
            <strong>{format::date(t, date)}</strong>" "
            {if met {
                view! { <InTime t /> }.into_any()
            } else {
                view! {
                    <Badge t days_left />" "
                    <span class="hn-days-left">{(t.days_left)(days_left)}</span>
                }
                .into_any()
            }}
        </span>
    }
}

/// "Notified in time": what a deadline met by the notice says instead of days left or past.
#[component]
fn InTime(
    /// The texts of the current language.
    t: &'static Texts,
) -> impl IntoView {
    view! { <span class="hn-cov-yes hn-in-time">{t.notified_in_time}</span> }
}

/// Whether the bank was told (not assumed today) on or before `last_day`.
fn notified_by(a: &Assessment, last_day: NaiveDate) -> bool {
    !a.notice_assumed_today && a.notice_date <= last_day
}

/// Whether deadline `d` is a notice deadline the notice met.
fn deadline_met(a: &Assessment, d: &Deadline) -> bool {
    d.kind == DeadlineKind::Notify && notified_by(a, d.date)
}

/// The urgency label of a deadline.
#[component]
fn Badge(
    /// The texts of the current language.
    t: &'static Texts,
    /// Days from today (Japan) to the deadline.
    days_left: i64,
) -> impl IntoView {
    let u = Urgency::of(days_left);
    view! { <span class=u.class()>{u.label(t)}</span> }
}

/// Verdict, amount and first deadline: the top of the result and the desktop live preview.
#[component]
pub fn Summary(
    /// The language shown.
    lang: Lang,
    /// The assessment to summarize.
    a: Assessment,
) -> impl IntoView {
    let t = super::super::i18n::texts(lang);
    view! {
        <div id="hn-verdict" class=verdict_class(a.verdict)>
            <p class="hn-verdict-text">{verdict_text(a.verdict, lang)}</p>
            <dl class="hn-kv">
                <dt>{t.amount_label}</dt>
                <dd class="hn-amount" id="hn-amount">{amount_text(&a, t)}</dd>
                // Beside the amount, not among the reasons: the cap itself is an inference.
                {a.cap_note.map(|n| view! {
                    <dd class="hn-small hn-cap-note" id="hn-cap-note">{n.get(lang)}</dd>
                })}
                {presumed_texts(&a, lang).into_iter().map(|x| view! {
                    <dd class="hn-small hn-presumed">{x}</dd>
                }).collect_view()}
                {a.deadlines.first().map(|d| view! {
                    <dt>{t.first_deadline}</dt>
                    <dd class="hn-deadline-big" id="hn-first-deadline">
                        <DeadlineText t date=d.date days_left=d.days_left met=deadline_met(&a, d) />
                    </dd>
                })}
            </dl>
            {(a.verdict == Verdict::NeedsInfo)
                .then(|| view! { <p class="hn-small">{t.verdict_explain_needs_info}</p> })}
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

/// What a bank holiday does to a deadline: "may run to …" for a period counted forward, "not
/// extended" for one counted back from the notice whose last day is closed. The staff summary
/// prints the same.
pub(crate) fn holiday_text(t: &Texts, d: &Deadline) -> Option<String> {
    match d.may_be_extended_to {
        Some(x) => Some((t.may_be_extended)(&format::date(t, x))),
        None if d.counts == Counts::BackFromNotice && is_bank_closed(d.date) => {
            Some(t.not_extended_back.to_string())
        }
        None => None,
    }
}

/// "事務応援課の受付は 12月18日(金) 17:00 まで…", where the pack names that line; the staff
/// summary prints the same.
pub(crate) fn call_by_text(lang: Lang, t: &Texts, p: &Pack, cb: &CallBy) -> Option<String> {
    let line = p.contacts.iter().find(|c| c.id == cb.contact)?;
    Some((t.call_by)(
        line.name.get(lang),
        &format::date_time(t, cb.at),
    ))
}

/// The call-by line and the pack's other channels for after it.
#[component]
fn CallByLine(
    /// The language shown.
    lang: Lang,
    /// The scheme's pack.
    p: &'static Pack,
    /// The last moment its line is open.
    cb: CallBy,
) -> impl IntoView {
    let t = super::super::i18n::texts(lang);
    let text = call_by_text(lang, t, p, &cb)?;
    let others: Vec<&'static Contact> = p.contacts.iter().filter(|c| c.id != cb.contact).collect();
    let others = (!others.is_empty()).then(|| {
        let items = others
            .into_iter()
            .map(|c| {
                view! {
                    <li>
                        {c.name.get(lang)}" "
                        {match c.phone {
                            Some(ph) => view! { <Tel phone=ph /> }.into_any(),
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
    Some(view! {
        <div class="hn-call-by">
            <p class="hn-small"><strong>{text}</strong></p>
            {others}
        </div>
    })
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
        status(t, c, app.clock.now.get()).map(|(s, open)| {
            let class = if open {
                "hn-status hn-status-open"
            } else {
                "hn-status hn-status-closed"
            };
            view! {
                <br />
                <span class=class>{s}</span>
            }
        })
    }
}

/// Each loss: amount, covered or not (and why), notify-by and days left.
#[component]
fn LossesTable(
    /// The texts of the current language.
    t: &'static Texts,
    /// The assessment.
    a: Assessment,
    /// The case file it was made from (dates and row numbers).
    built: Built,
) -> impl IntoView {
    let txs = built
        .case
        .as_ref()
        .map(|c| c.transactions.clone())
        .unwrap_or_default();
    let rows = a
        .transactions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let n = built.rows.get(i).copied().unwrap_or(i + 1);
            let when = txs
                .get(i)
                .map(|x| {
                    let mut w = format::date(t, x.date);
                    if let Some(tm) = x.time {
                        w.push(' ');
                        w.push_str(&format::time(t, tm));
                    }
                    w
                })
                .unwrap_or_default();
            let (class, text) = match r.covered {
                Some(true) => ("hn-cov-yes", t.covered_yes),
                Some(false) => ("hn-cov-no", t.covered_no),
                None => ("hn-cov-unknown", t.covered_unknown),
            };
            let notify_by = r
                .notify_by
                .map(|d| format::date(t, d))
                .unwrap_or_else(|| "—".into());
            view! {
                <tr>
                    <th scope="row" data-label=t.col_loss>
                        <span>{(t.loss_heading)(n)}<br /><span class="hn-small">{when}</span></span>
                    </th>
                    <td class="hn-num" data-label=t.col_amount>{format::yen(t, r.net_yen)}</td>
                    <td data-label=t.col_covered>
                        <span>
                            <span class=class>{text}</span>
                            {r.reason.map(|x| view! { <br /><span class="hn-small">{loss_reason_text(x, t)}</span> })}
                        </span>
                    </td>
                    <td data-label=t.col_notify_by>{notify_by}</td>
                    <td data-label=t.col_days_left>
                        <span>
                            {if r.notify_by.is_some_and(|d| notified_by(&a, d)) {
                                Some(view! { <InTime t /> }.into_any())
                            } else {
                                r.days_left.map(|d| view! { <Badge t days_left=d />" "{(t.days_left)(d)} }.into_any())
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
    let body = super::super::ics::calendar(&deadlines, t, app.clock.now.get_untracked());
    super::super::dom::download(
        "hosho-navi-deadlines.ics",
        "text/calendar;charset=utf-8",
        &body,
    );
}

/// The top: "tell the bank now" with the scheme's own line, where the source gives a number.
#[component]
fn TellBank(
    /// The language shown.
    lang: Lang,
    /// The assessment, when there is one (its advice line).
    a: Option<Assessment>,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let line = app
        .pack()
        .and_then(|p| p.contacts.iter().find(|c| c.phone.is_some()));
    let called = move |_| {
        app.record_call();
        super::super::focus::after_render("#hn-step-heading");
    };
    view! {
        <div class="hn-alert">
            <Heading text=t.tell_bank_title />
            <p>{a.as_ref().map(|a| a.advice.get(lang)).unwrap_or(t.tell_bank_body)}</p>
            {line.map(|c| view! {
                <p>
                    <strong>{c.name.get(lang)}</strong>" "
                    {c.phone.map(|ph| view! { <Tel phone=ph /> })}
                    <LineStatusView t c />
                </p>
            })}
            <p class="hn-no-print">
                <button type="button" class="hn-btn hn-btn-primary" id="hn-called" aria-describedby="hn-called-hint" on:click=called>
                    {t.called_button}
                </button>
                <br />
                <span class="hn-small" id="hn-called-hint">{t.called_hint}</span>
            </p>
        </div>
    }
}

/// The top once the bank has been told: when (editable on the notice step), no "tell the bank
/// now".
#[component]
fn Called(
    /// The language shown.
    lang: Lang,
    /// The assessment (its notice date).
    a: Assessment,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let mut when = format::date(t, a.notice_date);
    if let Ok(tm) = parse_time(app.case.notified_at().get_untracked().trim()) {
        when.push(' ');
        when.push_str(&format::time(t, tm));
    }
    view! {
        <div class="hn-note hn-called">
            <Heading text=t.called_title />
            <p id="hn-called-line"><strong>{(t.called_line)(&when)}</strong></p>
            <button type="button" class="hn-btn hn-no-print" on:click=move |_| app.go(Step::Notice)>
                {t.called_edit}
            </button>
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
) -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let t = super::super::i18n::texts(lang);
    let p = app.pack()?;
    if out.visible.with_untracked(Vec::is_empty) {
        return None;
    }
    let range = amount_text(&a, t);
    let narrowable = a.compensable_yen.low != a.compensable_yen.high;
    let body = move || {
        let vis = out.visible.get();
        if vis.is_empty() {
            return None;
        }
        let open: Vec<usize> = app.case.answers().with(|ans| {
            vis.iter()
                .copied()
                .filter(|&i| p.questions.get(i).is_some_and(|q| !ans.contains_key(q.id)))
                .collect()
        });
        let n = open.len();
        let lead = if n == 0 {
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
                on:click=move |_| app.go(super::reask::first_open(&app, &out))
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

/// Where a "missing" line leads: a loss's time, or a question.
fn missing_item(
    app: AppState,
    lang: Lang,
    t: &'static Texts,
    built: &Built,
    m: &str,
) -> impl IntoView {
    let p = app.pack();
    let (text, target) = if let Some(rest) = m.strip_prefix("transactions[") {
        let i = rest
            .split(']')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0);
        let n = built.rows.get(i).copied().unwrap_or(i + 1);
        ((t.missing_time)(n), Step::Losses)
    } else if m == "transactions" {
        (t.missing_transactions.to_string(), Step::Losses)
    } else {
        let idx = p.and_then(|p| p.questions.iter().position(|q| q.id == m));
        let text = p
            .and_then(|p| p.question(m))
            .map(|q| q.text.get(lang).to_string())
            .unwrap_or_else(|| m.to_string());
        let at = u16::try_from(idx.unwrap_or(0)).unwrap_or(0);
        (text, Step::Questions(at))
    };
    view! {
        <li>
            {text}" "
            <button type="button" class="hn-btn hn-no-print" on:click=move |_| app.go(target)>
                {t.answer_now}
            </button>
        </li>
    }
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let app = use_app();
    let out = use_outcome();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    move || {
        let a = out.assessment.get();
        let built = out.built.get();
        let Some(a) = a else {
            return view! {
                <section aria-labelledby="hn-step-heading" class="hn-result">
                    <div class="hn-result-top"><TellBank lang a=None /></div>
                    <p class="hn-warn-box">{t.engine_error}</p>
                    <button type="button" class="hn-btn" on:click=move |_| app.go(Step::Losses)>
                        {t.edit_answers}
                    </button>
                </section>
            }
            .into_any();
        };
        view! { <ResultBody lang a built /> }.into_any()
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

/// 理由と根拠: the scheme's own limits, then each answer as a fact and what it does under its
/// clause; apart, the questions not answered yet and what the bank will decide.
#[component]
fn Reasons(
    /// The language shown.
    lang: Lang,
    /// The assessment.
    a: Assessment,
    /// The case file it was made from (its answers).
    built: Built,
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let Some(p) = app.pack() else {
        return ().into_any();
    };
    let (no_answers, no_none) = Default::default();
    let answers = built.case.as_ref().map_or(&no_answers, |c| &c.answers);
    let none = built.case.as_ref().map_or(&no_none, |c| &c.none);
    // Question reasons are said below as facts; the rest are the scheme's own limits.
    let limits = a
        .reasons
        .iter()
        .filter(|r| p.question(r.code).is_none())
        .map(|r| {
            let class = match r.effect {
                ReasonEffect::Excludes => "hn-cov-no",
                ReasonEffect::Todo => "hn-cov-unknown",
                _ => "",
            };
            view! {
                <li>
                    <span class=class>{r.text.get(lang)}</span>
                    <ClauseDetails lang doc=r.cite.doc() clause=r.cite.clause() clause_text=r.clause_text />
                </li>
            }
        })
        .collect::<Vec<_>>();
    let facts = facts::answered(p, answers, none, lang)
        .into_iter()
        .map(|l| {
            let q = l.question;
            view! {
                <li>
                    <span class=if l.adverse { "hn-cov-no" } else { "" }>
                        {l.fact}" → "{l.effect}
                    </span>
                    <ClauseDetails lang doc=q.cite.doc() clause=q.cite.clause() clause_text=q.clause_text />
                </li>
            }
        })
        .collect::<Vec<_>>();
    let open = facts::unanswered(p, answers)
        .into_iter()
        .map(|q| {
            view! {
                <li>
                    {q.text.get(lang)}
                    <ClauseDetails lang doc=q.cite.doc() clause=q.cite.clause() clause_text=q.clause_text />
                </li>
            }
        })
        .collect::<Vec<_>>();
    let bank = facts::bank_decides(p, answers)
        .into_iter()
        .map(|q| {
            view! {
                <li>
                    {q.text.get(lang)}" → "{facts::pending_phrase(q, lang)}
                    <ClauseDetails lang doc=q.cite.doc() clause=q.cite.clause() clause_text=q.clause_text />
                </li>
            }
        })
        .collect::<Vec<_>>();
    if limits.is_empty() && facts.is_empty() && open.is_empty() && bank.is_empty() {
        return ().into_any();
    }
    let given = (!limits.is_empty() || !facts.is_empty())
        .then(|| view! { <ul class="hn-reasons" id="hn-reasons-given">{limits}{facts}</ul> });
    let open = (!open.is_empty()).then(|| {
        view! {
            <h4 id="hn-reasons-open-title">{t.reasons_open_title}</h4>
            <ul class="hn-reasons" aria-labelledby="hn-reasons-open-title">{open}</ul>
        }
    });
    let bank = (!bank.is_empty()).then(|| {
        view! {
            <h4 id="hn-reasons-bank-title">{t.reasons_bank_title}</h4>
            <p class="hn-small">{t.reasons_bank_lead}</p>
            <ul class="hn-reasons" aria-labelledby="hn-reasons-bank-title">{bank}</ul>
        }
    });
    view! {
        <section aria-labelledby="hn-reasons-title">
            <h3 id="hn-reasons-title">{t.reasons_title}</h3>
            {given}
            {open}
            {bank}
        </section>
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
) -> impl IntoView {
    let app = use_app();
    let t = super::super::i18n::texts(lang);
    let p = app.pack();
    let steps = a
        .steps
        .iter()
        .map(|s| {
            let (text, done) = (s.text.get(lang), s.done_hint);
            let source = cite(lang, t, s.cite.doc(), s.cite.clause());
            view! {
                <CheckItem id=s.id done_hint=done>
                    <span>{text}</span>
                    {done.then(|| view! { <span class="hn-small">{t.done_from_answers}</span> })}
                    <span class="hn-cite">{source}</span>
                </CheckItem>
            }
        })
        .collect_view();
    // What the bank decides is listed under the reasons, never as a question to answer.
    let askable: Vec<&str> = a
        .missing
        .iter()
        .map(|m| m.as_ref())
        .filter(|m| {
            p.and_then(|p| p.question(m))
                .is_none_or(|q| q.kind == QuestionKind::Ask)
        })
        .collect();
    let missing = (!askable.is_empty()).then(|| {
        let items = askable
            .iter()
            .map(|m| missing_item(app, lang, t, &built, m))
            .collect_view();
        view! {
            <section class="hn-warn-box" aria-labelledby="hn-missing-title">
                <h3 id="hn-missing-title">{t.missing_title}</h3>
                <p>{t.missing_lead}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let has_period = p.is_some_and(|p| p.window.is_some() || p.bar.is_some());
    let deadlines = if a.deadlines.is_empty() {
        (!has_period).then(|| view! { <p>{t.no_deadline}</p> }.into_any())
    } else {
        let items = a
            .deadlines
            .iter()
            .map(|d| {
                view! {
                    <li>
                        {d.label.get(lang)}{t.colon}
                        <DeadlineText t date=d.date days_left=d.days_left met=deadline_met(&a, d) />
                        {holiday_text(t, d).map(|x| view! { <br /><span class="hn-small">{x}</span> })}
                        {d.call_by.zip(p).map(|(cb, p)| view! { <CallByLine lang p cb /> })}
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
    let furikome = (app.case.scenario().get_untracked() == Some(Scenario::InternetBanking))
        .then(|| advice(FURIKOME))
        .flatten()
        .map(|f| {
            let open = move |_| {
                app.advice.set(Some(FURIKOME.to_string()));
                app.go(Step::Advice);
            };
            view! {
                <section class="hn-note" aria-labelledby="hn-furikome-title">
                    <h3 id="hn-furikome-title">{t.furikome_title}</h3>
                    <p>{f.summary.get(lang)}</p>
                    <button type="button" class="hn-btn hn-no-print" on:click=open>{t.furikome_open}</button>
                </section>
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
            <details class="hn-notes">
                <summary>{t.notes_title}</summary>
                <ul>{items}</ul>
            </details>
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
            <h3 id="hn-sources-title">{t.sources_title}</h3>
            <ul class="hn-small" aria-labelledby="hn-sources-title">{items}</ul>
            <p class="hn-disclaimer">
                {t.disclaimer}" "{(t.as_of)(&format::date(t, p.as_of))}" · "{(t.version)(p.version)}
            </p>
            {p.as_of_note.map(|n| view! { <p class="hn-small">{n.get(lang)}</p> })}
        }
    });
    let bad_rows = built.bad_rows;
    let notice_line = (!a.notice_assumed_today)
        .then(|| view! { <p>{(t.notified_on_line)(&format::date(t, a.notice_date))}</p> });
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-result">
            <div class="hn-result-top">
                {if a.notice_assumed_today {
                    view! { <TellBank lang a=Some(a.clone()) /> }.into_any()
                } else {
                    view! { <Called lang a=a.clone() /> }.into_any()
                }}
                <Summary lang a=a.clone() />
                <super::reask::ReaskNotice />
                <Refine lang a=a.clone() />
            </div>
            <p class="hn-print-only" id="hn-printed-at"></p>
            <p class="hn-small hn-muted">
                {p.map(|p| view! { {t.scheme_chosen}{t.colon}{p.name.get(lang)}<br /> })}
                {move || (t.today_is)(&format::date(t, app.clock.today.get()))}
            </p>
            <section aria-labelledby="hn-steps-title">
                <h3 id="hn-steps-title">{t.steps_title}</h3>
                <p class="hn-small">{t.steps_lead}</p>
                <ol class="hn-checklist">{steps}</ol>
            </section>
            {missing}
            <section aria-labelledby="hn-losses-title">
                <h3 id="hn-losses-title">{t.losses_result_title}</h3>
                <LossesTable t a=a.clone() built=built.clone() />
                {(bad_rows > 0).then(|| view! { <p class="hn-warn-box">{(t.rows_with_errors)(bad_rows)}</p> })}
            </section>
            <section aria-labelledby="hn-deadlines-title">
                <h3 id="hn-deadlines-title">{t.deadlines_title}</h3>
                {notice_line}
                {deadlines}
            </section>
            <Reasons lang a=a.clone() built=built.clone() />
            <section aria-labelledby="hn-contacts-title">
                <h3 id="hn-contacts-title">{t.contacts_title}</h3>
                // The bank's own line first; the generic "your bank's line" only without a scheme.
                <BankContact cited=true expanded=true />
                <h4>{t.contacts_general}</h4>
                <AdviceContacts contacts=EMERGENCY.contacts without=p.map(|_| "bank-line") />
            </section>
            <section aria-labelledby="hn-always-title">
                <h3 id="hn-always-title">{t.always_title}</h3>
                <p class="hn-small">{t.always_lead}</p>
                {p.map(|p| view! { <AdviceItems items=always_steps(p) checklist=true /> })}
            </section>
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
