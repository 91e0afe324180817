//! The result's parts below the first screenful: the way into the questions, each loss, the
//! deadlines' call-by lines, the one list of unanswered items and the reasons, each folded under a
//! short heading (open for staff).

use super::*;

/// The call-by line and the pack's other channels for after it.
#[component]
pub(super) fn CallByLine(
    /// The language shown.
    lang: Lang,
    /// The scheme's pack.
    p: &'static Pack,
    /// The document's call-by sentence.
    text: String,
    /// The line it names (the others are listed for after it).
    contact: &'static str,
) -> impl IntoView {
    let t = crate::ui::i18n::texts(lang);
    let others: Vec<&'static Contact> = p.contacts.iter().filter(|c| c.id != contact).collect();
    let others = (!others.is_empty()).then(|| {
        let items = others
            .into_iter()
            .map(|c| {
                view! {
                    <li>
                        {c.name.get(lang)}" "
                        {match c.phone {
                            Some(ph) => view! { <crate::ui::widgets::Tel phone=ph /> }.into_any(),
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

/// Each loss: amount, covered or not (and why), notify-by and days left.
#[component]
pub(super) fn LossesTable(
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
pub(super) fn download_ics(app: &AppState) {
    let out = use_outcome();
    let t = app.t_untracked();
    let deadlines = out
        .assessment
        .with_untracked(|a| a.as_ref().map(|a| a.deadlines.clone()))
        .unwrap_or_default();
    let body = crate::ui::ics::calendar(&deadlines, t, app.clock.now.get_untracked());
    crate::ui::dom::download(
        "hosho-navi-deadlines.ics",
        "text/calendar;charset=utf-8",
        &body,
    );
}

/// The way into the questions: how many are left, what they can narrow, and which groups can
/// lower the result, in the order they are asked (`engine::refine`).
#[component]
pub(super) fn Refine(
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
    let t = crate::ui::i18n::texts(lang);
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
        let open: Vec<usize> = app.case.answers().with(|ans| {
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
                on:click=move |_| app.go(crate::ui::screens::reask::first_open(&app, &out))
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
pub(super) fn Part(
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
pub(super) fn MissingList(
    /// The language shown.
    lang: Lang,
    /// The document.
    doc: ResultDoc,
) -> impl IntoView {
    let app = use_app();
    let t = crate::ui::i18n::texts(lang);
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

/// A clause one tap away: its citation opens its original wording.
#[component]
pub(super) fn ClauseDetails(
    /// The language shown.
    lang: Lang,
    /// The source document's id.
    doc: &'static str,
    /// The clause as the document numbers it.
    clause: &'static str,
    /// Its original wording (empty where the pack does not quote it).
    clause_text: &'static str,
) -> impl IntoView {
    let t = crate::ui::i18n::texts(lang);
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
pub(super) fn Reasons(
    /// The language shown.
    lang: Lang,
    /// The document.
    doc: ResultDoc,
) -> impl IntoView {
    let t = crate::ui::i18n::texts(lang);
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
